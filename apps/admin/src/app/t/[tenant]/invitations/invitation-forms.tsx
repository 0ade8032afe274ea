"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useFieldArray } from "react-hook-form";
import { z } from "zod";
import {
  INVITATION_DEFAULT_DAYS,
  ZInviteGuestInput,
  type TInviteGuestInput,
} from "@guestlist/domain/invitations/schemas";
import type { InvitationBatchResult } from "@guestlist/domain/invitations";
import { Button, ConfirmButton, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import {
  inviteFromCsvAction,
  inviteGuestAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "./actions";

interface Choice {
  id: string;
  name: string;
}

interface InviteFormValues {
  email: string;
  applicationId: string;
  message: string;
  expiresInDays: string;
  presets: { name: string; value: string }[];
}

function toInviteInput(values: InviteFormValues): TInviteGuestInput {
  return {
    email: values.email,
    applicationId: values.applicationId,
    message: values.message,
    expiresInDays: values.expiresInDays,
    attributes: Object.fromEntries(
      values.presets.filter((preset) => preset.name).map((preset) => [preset.name, preset.value]),
    ),
  };
}

// The domain's rules on the form's shape; pre-set values are checked against their attributes on the server.
const ZInviteForm = z.any().superRefine((values, ctx) => {
  const result = ZInviteGuestInput.safeParse(toInviteInput(values as InviteFormValues));
  for (const issue of result.error?.issues ?? [])
    if (issue.path[0] !== "attributes")
      ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
});

export function InviteGuestForm(props: {
  tenant: string;
  applications: Choice[];
  attributes: string[];
}) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<InviteFormValues>({
    schema: ZInviteForm,
    defaultValues: {
      email: "",
      applicationId: props.applications[0]?.id ?? "",
      message: "",
      expiresInDays: String(INVITATION_DEFAULT_DAYS),
      presets: [],
    },
    action: (values) => inviteGuestAction(props.tenant, toInviteInput(values)),
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const presets = useFieldArray({ control: form.control, name: "presets" });
  const { errors } = form.formState;
  // The server checks each value against its attribute and names it "attributes.<name>".
  const presetError = (index: number): string | undefined => {
    const name = form.watch(`presets.${index}.name`);
    const byName = (errors as { attributes?: Record<string, { message?: string }> }).attributes;
    return name ? byName?.[name]?.message : undefined;
  };
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      <StatusMessage status={status} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <Field id="invite-email" label="Email address" error={errors.email?.message}>
          {(aria) => (
            <input {...aria} type="email" className={inputClass} {...fields.text("email")} />
          )}
        </Field>
        <Field id="invite-application" label="Application" error={errors.applicationId?.message}>
          {(aria) => (
            <select {...aria} className={inputClass} {...fields.text("applicationId")}>
              {props.applications.map((application) => (
                <option key={application.id} value={application.id}>
                  {application.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id="invite-message"
        label="Personal message (optional)"
        hint="Shown in the invitation email."
        error={errors.message?.message}
      >
        {(aria) => (
          <textarea {...aria} rows={2} className={inputClass} {...fields.text("message")} />
        )}
      </Field>
      <Field id="invite-expiry" label="Valid for (days)" error={errors.expiresInDays?.message}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={1}
            max={90}
            className={`${inputClass} max-w-32`}
            {...fields.text("expiresInDays")}
          />
        )}
      </Field>
      <fieldset className="mb-4">
        <legend className="text-sm font-medium">Pre-set attribute values (optional)</legend>
        <p className="text-sm text-slate-600">
          The sign-up page shows them filled in; values the page does not ask for are stored as they
          are.
        </p>
        {presets.fields.map((preset, index) => (
          <div key={preset.id} className="mt-2 flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor={`preset-name-${index}`} className="block text-sm">
                Attribute
              </label>
              <select
                id={`preset-name-${index}`}
                className="rounded-md border border-slate-400 px-2 py-1.5 text-sm"
                {...form.register(`presets.${index}.name`)}
              >
                {props.attributes.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`preset-value-${index}`} className="block text-sm">
                Value
              </label>
              <input
                id={`preset-value-${index}`}
                className="rounded-md border border-slate-400 px-2 py-1.5 text-sm"
                aria-invalid={presetError(index) ? true : undefined}
                aria-describedby={presetError(index) ? `preset-error-${index}` : undefined}
                {...form.register(`presets.${index}.value`)}
              />
            </div>
            <Button variant="secondary" onClick={() => presets.remove(index)}>
              Remove
            </Button>
            {presetError(index) ? (
              <p id={`preset-error-${index}`} className="w-full text-sm text-red-700">
                {presetError(index)}
              </p>
            ) : null}
          </div>
        ))}
        <Button
          variant="secondary"
          className="mt-2"
          onClick={() => presets.append({ name: props.attributes[0] ?? "", value: "" })}
        >
          Add a value
        </Button>
      </fieldset>
      <Button type="submit" disabled={pending || props.applications.length === 0}>
        Send invitation
      </Button>
    </form>
  );
}

export function InviteFromCsvForm(props: { tenant: string; applications: Choice[] }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [report, setReport] = useState<InvitationBatchResult | null>(null);
  const [pending, startTransition] = useTransition();
  const text = (form: FormData, name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const upload = (form: FormData) =>
    startTransition(async () => {
      const file = form.get("file");
      const csv = file instanceof File ? await file.text() : "";
      const result = await inviteFromCsvAction(props.tenant, {
        csv,
        applicationId: text(form, "applicationId"),
        message: text(form, "message") || undefined,
        expiresInDays: Number(text(form, "expiresInDays")) || undefined,
      });
      setStatus(result);
      setReport(result.ok ? (result.data ?? null) : null);
      if (result.ok) router.refresh();
    });
  return (
    <form action={upload} className="max-w-2xl">
      <StatusMessage status={status} />
      <Field
        id="csv-file"
        label="CSV file"
        hint='A header row with an "email" column; other columns named after attributes pre-set them. Up to 5000 rows.'
      >
        {(aria) => (
          <input
            {...aria}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            className="text-sm"
          />
        )}
      </Field>
      <div className="grid gap-x-4 md:grid-cols-2">
        <Field id="csv-application" label="Application">
          {(aria) => (
            <select {...aria} name="applicationId" className={inputClass}>
              {props.applications.map((application) => (
                <option key={application.id} value={application.id}>
                  {application.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="csv-expiry" label="Valid for (days)">
          {(aria) => (
            <input
              {...aria}
              name="expiresInDays"
              type="number"
              min={1}
              max={90}
              defaultValue={INVITATION_DEFAULT_DAYS}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field id="csv-message" label="Personal message (optional)">
        {(aria) => <textarea {...aria} name="message" rows={2} className={inputClass} />}
      </Field>
      <Button type="submit" disabled={pending || props.applications.length === 0}>
        {pending ? "Inviting…" : "Upload and invite"}
      </Button>
      {report && report.rejected.length ? (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="text-left font-medium">Rows not invited</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Email</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.map((row) => (
              <tr key={row.row} className="border-t border-slate-200">
                <td>{row.row}</td>
                <td>{row.email ?? "—"}</td>
                <td>{row.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </form>
  );
}

export function InvitationActions(props: {
  tenant: string;
  id: string;
  email: string;
  canResend: boolean;
  canRevoke: boolean;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const result = await action();
      setStatus(result);
      if (result.ok) router.refresh();
    });
  return (
    <div>
      <span className="inline-flex flex-wrap gap-2">
        {props.canResend ? (
          <Button
            variant="secondary"
            disabled={pending}
            aria-label={`Resend the invitation to ${props.email}`}
            onClick={() => run(() => resendInvitationAction(props.tenant, props.id))}
          >
            Resend
          </Button>
        ) : null}
        {props.canRevoke ? (
          <ConfirmButton
            label="Revoke"
            confirmLabel={`Revoke the invitation to ${props.email}`}
            onConfirm={() => run(() => revokeInvitationAction(props.tenant, props.id))}
          />
        ) : null}
      </span>
      <StatusMessage status={status} />
    </div>
  );
}
