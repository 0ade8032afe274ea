"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import {
  ZCreateFirstOperatorInput,
  type TCreateFirstOperatorInput,
} from "@guestlist/domain/operators/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { createFirstOperatorAction } from "./actions";

export function SetupForm() {
  const router = useRouter();
  const { form, submit, status, pending } = useActionForm<TCreateFirstOperatorInput>({
    schema: ZCreateFirstOperatorInput,
    defaultValues: { displayName: "", email: "", password: "" },
    action: createFirstOperatorAction,
    onSuccess: () => {
      const { email, password } = form.getValues();
      void signIn("credentials", { email, password, redirect: false }).then(() => {
        router.push("/");
        router.refresh();
      });
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage status={status} />
      <Field id="displayName" label="Your name" error={errors.displayName?.message}>
        {(aria) => (
          <input
            {...aria}
            autoComplete="name"
            className={inputClass}
            {...form.register("displayName")}
          />
        )}
      </Field>
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
      <Field
        id="password"
        label="Password"
        hint="At least 12 characters; a passphrase is easiest to remember."
        error={errors.password?.message}
      >
        {(aria) => (
          <input
            {...aria}
            type="password"
            autoComplete="new-password"
            className={inputClass}
            {...form.register("password")}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        Create administrator
      </Button>
    </form>
  );
}
