"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ROLE_LABELS,
  ZInviteOperatorInput,
  ZTenantRole,
  type TInviteOperatorInput,
} from "@guestlist/domain/members/schemas";
import { Button, ConfirmButton, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { changeRoleAction, inviteAction, removeMemberAction } from "./actions";

type Role = TInviteOperatorInput["role"];
const ROLES = ZTenantRole.options.map((role): [Role, string] => [role, ROLE_LABELS[role]]);

export function InviteForm({ tenant }: { tenant: string }) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<TInviteOperatorInput>({
    schema: ZInviteOperatorInput,
    defaultValues: { email: "", role: "READER" },
    action: (values) => inviteAction(tenant, values),
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-md">
      <StatusMessage status={status} />
      <Field id="invite-email" label="Email" error={errors.email?.message}>
        {(aria) => (
          <input {...aria} type="email" className={inputClass} {...fields.text("email")} />
        )}
      </Field>
      <Field id="invite-role" label="Role" error={errors.role?.message}>
        {(aria) => (
          <select {...aria} className={inputClass} {...fields.text("role")}>
            {ROLES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        Send invitation
      </Button>
    </form>
  );
}

export function MemberRow(props: {
  tenant: string;
  editable: boolean;
  member: { id: string; email: string; displayName: string; role: Role };
}) {
  const { tenant, member } = props;
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const run = async (action: Promise<{ ok: boolean; message?: string }>) => {
    const result = await action;
    setStatus(result);
    if (result.ok) router.refresh();
  };
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>
          <span className="font-medium">{member.displayName}</span>
          <span className="block text-xs text-slate-600">{member.email}</span>
        </span>
        {props.editable ? (
          <span className="inline-flex items-center gap-2">
            <label htmlFor={`role-${member.id}`} className="sr-only">
              Role of {member.email}
            </label>
            <select
              id={`role-${member.id}`}
              defaultValue={member.role}
              className="rounded-md border border-slate-400 px-2 py-1.5 text-sm"
              onChange={(event) =>
                void run(changeRoleAction(tenant, member.id, event.target.value as Role))
              }
            >
              {ROLES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <ConfirmButton
              label="Remove"
              confirmLabel={`Remove ${member.email}`}
              onConfirm={() => void run(removeMemberAction(tenant, member.id))}
            />
          </span>
        ) : (
          <span className="text-sm text-slate-600">
            {ROLES.find(([value]) => value === member.role)?.[1]}
          </span>
        )}
      </div>
      <StatusMessage status={status} />
    </li>
  );
}
