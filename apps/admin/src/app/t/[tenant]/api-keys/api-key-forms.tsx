"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ZCreateApiKeyInput, type TCreateApiKeyInput } from "@guestlist/domain/api-keys/schemas";
import { ROLE_LABELS, ZTenantRole } from "@guestlist/domain/members/schemas";
import { Button, ConfirmButton, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export function CreateApiKeyForm({ tenant }: { tenant: string }) {
  const router = useRouter();
  const [key, setKey] = useState<string | null>(null);
  const { form, fields, submit, status, pending } = useActionForm<
    TCreateApiKeyInput,
    { key: string }
  >({
    schema: ZCreateApiKeyInput,
    defaultValues: { name: "", role: "READER", expiresInDays: "90" },
    action: (values) => createApiKeyAction(tenant, values),
    onSuccess: (result) => {
      setKey(result.data?.key ?? null);
      form.reset();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      {key ? (
        <div className="mb-4">
          <label htmlFor="new-api-key" className="block text-sm font-medium">
            Your new key (shown once)
          </label>
          <input
            id="new-api-key"
            readOnly
            value={key}
            className={`${inputClass} font-mono`}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
      <Field
        id="api-key-name"
        label="Name"
        hint="What uses it, e.g. Terraform or the CRM sync."
        error={errors.name?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...fields.text("name")} />}
      </Field>
      <Field
        id="api-key-role"
        label="Role"
        hint="The key can do what a member with this role can."
        error={errors.role?.message}
      >
        {(aria) => (
          <select {...aria} className={inputClass} {...fields.text("role")}>
            {ZTenantRole.options.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="api-key-expiry"
        label="Expires after (days)"
        hint="Empty for a key that does not expire."
        error={errors.expiresInDays?.message}
      >
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            className={inputClass}
            {...fields.text("expiresInDays")}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        Create key
      </Button>
    </form>
  );
}

export function RevokeApiKeyButton({
  tenant,
  id,
  name,
  active,
}: {
  tenant: string;
  id: string;
  name: string;
  /** Rendered for inactive keys too, so "Key revoked" survives the refresh that follows. */
  active: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  if (!active) return <StatusMessage status={status} />;
  return (
    <>
      <ConfirmButton
        label="Revoke"
        confirmLabel={`Revoke ${name}`}
        onConfirm={async () => {
          const result = await revokeApiKeyAction(tenant, id);
          setStatus(result);
          if (result.ok) router.refresh();
        }}
      />
      <StatusMessage status={status} />
    </>
  );
}
