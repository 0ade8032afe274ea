"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TGuestUserStatus } from "@guestlist/domain/guests/schemas";
import { Button, ConfirmButton, Field, StatusMessage, inputClass } from "@/components/ui";
import {
  deleteGuestUsersAction,
  revokeSessionsAction,
  resetSecondFactorsAction,
  setBlockedAction,
  decideApprovalsAction,
  updateGuestUserAction,
} from "../actions";

export interface EditableAttribute {
  name: string;
  dataType: "STRING" | "INTEGER" | "BOOLEAN";
  description: string;
  value: string | number | boolean | null;
}

const asText = (value: EditableAttribute["value"]) => (value === null ? "" : String(value));

/** Every attribute of the user, each with the control its data type calls for; the server checks the types again. */
export function EditAttributesForm({
  tenant,
  userId,
  attributes,
  editable,
}: {
  tenant: string;
  userId: string;
  attributes: EditableAttribute[];
  editable: boolean;
}) {
  const router = useRouter();
  const initial = Object.fromEntries(attributes.map((a) => [a.name, asText(a.value)]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const changed = Object.fromEntries(
      Object.entries(values).filter(([name, value]) => value !== initial[name]),
    );
    startTransition(async () => {
      const result = await updateGuestUserAction(tenant, userId, { attributes: changed });
      setStatus(result);
      setErrors(
        result.ok
          ? {}
          : Object.fromEntries(
              Object.entries(result.fieldErrors ?? {}).map(([path, message]) => [
                path.replace(/^attributes\./, ""),
                message,
              ]),
            ),
      );
      if (result.ok) router.refresh();
    });
  };

  return (
    <form onSubmit={submit} noValidate className="grid max-w-3xl gap-x-6 md:grid-cols-2">
      <div className="md:col-span-2">
        <StatusMessage status={status} />
      </div>
      {attributes.map((attribute) => {
        const id = `attribute-${attribute.name}`;
        const readOnly = !editable || attribute.name === "email";
        const set = (value: string) =>
          setValues((current) => ({ ...current, [attribute.name]: value }));
        return (
          <Field
            key={attribute.name}
            id={id}
            label={attribute.name}
            hint={
              attribute.name === "email"
                ? "The sign-in name; it cannot be edited."
                : attribute.description || undefined
            }
            error={errors[attribute.name]}
          >
            {(aria) =>
              attribute.dataType === "BOOLEAN" ? (
                <select
                  {...aria}
                  className={inputClass}
                  disabled={readOnly}
                  value={values[attribute.name]}
                  onChange={(e) => set(e.target.value)}
                >
                  <option value="">Not set</option>
                  <option value="true">Yes</option>
                  <option value="false">No</option>
                </select>
              ) : (
                <input
                  {...aria}
                  className={inputClass}
                  readOnly={readOnly}
                  inputMode={attribute.dataType === "INTEGER" ? "numeric" : undefined}
                  value={values[attribute.name]}
                  onChange={(e) => set(e.target.value)}
                />
              )
            }
          </Field>
        );
      })}
      {editable ? (
        <div className="md:col-span-2">
          <Button type="submit" disabled={pending}>
            Save attributes
          </Button>
        </div>
      ) : null}
    </form>
  );
}

export function GuestUserActions({
  tenant,
  userId,
  email,
  status: accountStatus,
}: {
  tenant: string;
  userId: string;
  email: string;
  status: TGuestUserStatus;
}) {
  const blocked = accountStatus === "BLOCKED";
  const [reason, setReason] = useState("");
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; message?: string }>, then?: () => void) =>
    startTransition(async () => {
      const result = await action();
      setStatus(result);
      if (result.ok) (then ?? router.refresh)();
    });
  return (
    <div>
      <StatusMessage status={status} />
      {accountStatus === "PENDING_APPROVAL" || accountStatus === "DECLINED" ? (
        <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3">
          <div className="flex flex-wrap gap-2">
            <Button
              disabled={pending}
              onClick={() => run(() => decideApprovalsAction(tenant, [userId], "APPROVE"))}
            >
              Approve
            </Button>
            {accountStatus === "PENDING_APPROVAL" ? (
              <Button
                variant="danger"
                disabled={pending}
                onClick={() =>
                  run(() => decideApprovalsAction(tenant, [userId], "DECLINE", reason))
                }
              >
                Decline
              </Button>
            ) : null}
          </div>
          {accountStatus === "PENDING_APPROVAL" ? (
            <Field
              id="decline-reason"
              label="Reason for declining (optional)"
              hint="Emailed to the person with the decision."
            >
              {(aria) => (
                <textarea
                  {...aria}
                  rows={2}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  className={`${inputClass} max-w-xl`}
                />
              )}
            </Field>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => setBlockedAction(tenant, [userId], !blocked))}
        >
          {blocked ? "Unblock" : "Block sign-in"}
        </Button>
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => run(() => revokeSessionsAction(tenant, userId))}
        >
          Revoke sessions
        </Button>
        <ConfirmButton
          label="Reset second factors"
          confirmLabel={`Remove ${email}'s passkeys, authenticator apps and recovery codes`}
          onConfirm={() => run(() => resetSecondFactorsAction(tenant, userId))}
        />
        <ConfirmButton
          label="Delete user"
          confirmLabel={`Delete ${email} for good`}
          onConfirm={() =>
            run(
              () => deleteGuestUsersAction(tenant, [userId]),
              () => router.push(`/t/${tenant}/guest-users`),
            )
          }
        />
      </div>
    </div>
  );
}
