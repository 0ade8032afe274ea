"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import {
  get,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type RegisterOptions,
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
  // react-hook-form fills inputs from the browser: these write the saved values into the
  // server's HTML too, so a slow link or a reload never shows an empty or wrong form.
  const saved = (name: Path<Values>): unknown => get(options.defaultValues, name);
  const fields = {
    /** A text input, textarea or select. */
    text: (name: Path<Values>, registerOptions?: RegisterOptions<Values, Path<Values>>) => {
      const value = saved(name);
      return {
        ...form.register(name, registerOptions),
        defaultValue: typeof value === "string" || typeof value === "number" ? String(value) : "",
      };
    },
    checkbox: (name: Path<Values>) => ({
      ...form.register(name),
      defaultChecked: saved(name) === true,
    }),
    /** One checkbox of a group whose value is the list of those ticked. */
    choice: (name: Path<Values>, value: string) => {
      const ticked = saved(name);
      return {
        ...form.register(name),
        value,
        defaultChecked: Array.isArray(ticked) && ticked.includes(value),
      };
    },
    radio: (name: Path<Values>, value: string) => ({
      ...form.register(name),
      value,
      defaultChecked: saved(name) === value,
    }),
  };
  return { form, fields, submit, status, setStatus, pending };
}
