"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ZNewOperatorDetails, type TNewOperatorDetails } from "@guestlist/domain/members/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitation({
  token,
  signedInAs,
  accountExists,
}: {
  token: string;
  signedInAs: string | null;
  accountExists: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const {
    form,
    submit,
    status: formStatus,
    pending,
  } = useActionForm<TNewOperatorDetails, { tenantSlug: string }>({
    schema: ZNewOperatorDetails,
    defaultValues: { displayName: "", password: "" },
    action: (values) => acceptInvitationAction(token, values),
    onSuccess: () => router.push("/sign-in"),
  });

  if (signedInAs) {
    return (
      <>
        <StatusMessage status={status} />
        <p className="mb-4 text-sm">Signed in as {signedInAs}.</p>
        <Button
          onClick={async () => {
            const result = await acceptInvitationAction(token, null);
            setStatus(result);
            if (result.ok && result.data) router.push(`/t/${result.data.tenantSlug}`);
          }}
        >
          Accept invitation
        </Button>
      </>
    );
  }
  if (accountExists) {
    return (
      <p className="text-sm">
        You already have an account.{" "}
        <Link
          className="text-blue-800 underline"
          href={`/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`}
        >
          Sign in
        </Link>{" "}
        to accept.
      </p>
    );
  }
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage status={formStatus} />
      <Field id="invite-name" label="Your name" error={errors.displayName?.message}>
        {(aria) => (
          <input
            {...aria}
            autoComplete="name"
            className={inputClass}
            {...form.register("displayName")}
          />
        )}
      </Field>
      <Field
        id="invite-password"
        label="Choose a password"
        hint="At least 12 characters."
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
        Create account and join
      </Button>
    </form>
  );
}
