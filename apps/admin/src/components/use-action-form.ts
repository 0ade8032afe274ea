"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "../lib/action-result";

/**
 * react-hook-form with the domain's zod schema in the browser, and the same
 * schema again in the server action; field errors from the server land on the
 * same fields.
 */
export function useActionForm<Values extends FieldValues, Result = undefined>(options: {
  schema: z.ZodType;
  defaultValues: DefaultValues<Values>;
  action: (values: Values) => Promise<ActionResult<Result>>;
  onSuccess?: (result: { message?: string; data?: Result }) => void;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(options.schema as never) as unknown as Resolver<Values>,
    defaultValues: options.defaultValues,
  });
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = form.handleSubmit((values) => {
    startTransition(async () => {
      const result = await options.action(values);
      setStatus(result);
      if (result.ok) options.onSuccess?.(result);
      else
        for (const [field, message] of Object.entries(result.fieldErrors ?? {}))
          form.setError(field as Path<Values>, { message });
    });
  });
  return { form, submit, status, setStatus, pending };
}
