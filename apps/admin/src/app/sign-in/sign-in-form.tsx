"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ZSignInInput, type TSignInInput } from "@guestlist/domain/operators/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const form = useForm<TSignInInput>({
    resolver: zodResolver(ZSignInInput),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok) {
      router.push(params.get("callbackUrl") ?? "/");
      router.refresh();
    } else {
      setStatus({
        ok: false,
        message: result?.error?.startsWith("Too many")
          ? result.error
          : "That email and password do not match an operator account.",
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage status={status} />
      <Field id="email" label="Email" error={errors.email?.message}>
        {(aria) => (
          <input
            {...aria}
            type="email"
            autoComplete="username"
            className={inputClass}
            {...form.register("email")}
          />
        )}
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        {(aria) => (
          <input
            {...aria}
            type="password"
            autoComplete="current-password"
            className={inputClass}
            {...form.register("password")}
          />
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        Sign in
      </Button>
    </form>
  );
}
