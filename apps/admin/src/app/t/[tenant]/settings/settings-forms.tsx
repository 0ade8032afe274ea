"use client";

import { z } from "zod";
import { linesOf } from "@guestlist/domain/applications/schemas";
import {
  ZExternalCollaborationSettings,
  ZRenameTenantInput,
  ZRetentionSettings,
  type TRenameTenantInput,
  type TRetentionSettings,
} from "@guestlist/domain/tenants/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import {
  renameTenantAction,
  saveAccountPageAction,
  saveRetentionAction,
  saveSettingsAction,
} from "./actions";

// The form edits domains as lines of text; the domain schema checks the list they become.
const ZSettingsForm = z
  .object({
    selfServiceSignUpEnabled: z.boolean(),
    signUpDomainPolicy: z.enum(["ANY", "ALLOW_LIST", "BLOCK_LIST"]),
    signUpDomains: z.string(),
  })
  .superRefine((values, ctx) => {
    const parsed = ZExternalCollaborationSettings.safeParse({
      ...values,
      signUpDomains: linesOf(values.signUpDomains),
    });
    for (const issue of parsed.error?.issues ?? [])
      ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
  });
type SettingsValues = z.infer<typeof ZSettingsForm>;

export function SettingsForm({
  tenant,
  initial,
  readOnly,
}: {
  tenant: string;
  initial: SettingsValues;
  readOnly: boolean;
}) {
  const { form, fields, submit, status, pending } = useActionForm<SettingsValues>({
    schema: ZSettingsForm,
    defaultValues: initial,
    action: (values) =>
      saveSettingsAction(tenant, { ...values, signUpDomains: linesOf(values.signUpDomains) }),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      <fieldset disabled={readOnly}>
        <div className="mb-4 flex items-start gap-3">
          <input
            id="selfServiceSignUpEnabled"
            type="checkbox"
            className="mt-1 h-4 w-4"
            {...fields.checkbox("selfServiceSignUpEnabled")}
          />
          <label htmlFor="selfServiceSignUpEnabled" className="text-sm font-medium">
            Enable guest self-service sign up via user flows
          </label>
        </div>
        <fieldset className="mb-4">
          <legend className="text-sm font-medium">Sign-up email domains</legend>
          {(
            [
              ["ANY", "Allow sign-up from any domain"],
              ["ALLOW_LIST", "Allow only the domains listed"],
              ["BLOCK_LIST", "Block the domains listed"],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="mt-1 flex items-center gap-2">
              <input
                id={`policy-${value}`}
                type="radio"
                {...fields.radio("signUpDomainPolicy", value)}
              />
              <label htmlFor={`policy-${value}`} className="text-sm">
                {label}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          id="signUpDomains"
          label="Domains"
          hint="One per line, e.g. contoso.com (subdomains included)."
          error={errors.signUpDomains?.message}
        >
          {(aria) => (
            <textarea {...aria} rows={4} className={inputClass} {...fields.text("signUpDomains")} />
          )}
        </Field>
        {readOnly ? (
          <p className="mb-2 text-sm text-slate-600">
            Your role can see these settings but not change them.
          </p>
        ) : null}
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      </fieldset>
    </form>
  );
}

export function RenameTenantForm({
  tenant,
  name,
  readOnly,
}: {
  tenant: string;
  name: string;
  readOnly: boolean;
}) {
  const { form, fields, submit, status, pending } = useActionForm<TRenameTenantInput>({
    schema: ZRenameTenantInput,
    defaultValues: { name },
    action: (values) => renameTenantAction(tenant, values),
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-md">
      <StatusMessage status={status} />
      <fieldset disabled={readOnly}>
        <Field id="tenant-display-name" label="Name" error={form.formState.errors.name?.message}>
          {(aria) => <input {...aria} className={inputClass} {...fields.text("name")} />}
        </Field>
        <Button type="submit" disabled={pending}>
          Rename
        </Button>
      </fieldset>
    </form>
  );
}

interface RetentionValues {
  signInHistoryRetentionDays: string;
  connectorCallRetentionDays: string;
}

const toRetention = (values: RetentionValues): TRetentionSettings => ({
  signInHistoryRetentionDays: values.signInHistoryRetentionDays.trim()
    ? Number(values.signInHistoryRetentionDays)
    : null,
  connectorCallRetentionDays: values.connectorCallRetentionDays.trim()
    ? Number(values.connectorCallRetentionDays)
    : null,
});

// The domain's rules on the form's text fields (empty is "the default").
const ZRetentionForm = z.any().superRefine((values, ctx) => {
  const result = ZRetentionSettings.safeParse(toRetention(values as RetentionValues));
  for (const issue of result.error?.issues ?? [])
    ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
});

export function RetentionForm({
  tenant,
  initial,
  connectorDefaultDays,
  readOnly,
}: {
  tenant: string;
  initial: RetentionValues;
  connectorDefaultDays: number;
  readOnly: boolean;
}) {
  const { form, fields, submit, status, pending } = useActionForm<RetentionValues>({
    schema: ZRetentionForm,
    defaultValues: initial,
    action: (values) => saveRetentionAction(tenant, toRetention(values)),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-md">
      <StatusMessage status={status} />
      <fieldset disabled={readOnly}>
        <Field
          id="signInHistoryRetentionDays"
          label="Keep guests' sign-in history for (days)"
          hint="Their sign-in and sign-up events in the audit log. Empty keeps them."
          error={errors.signInHistoryRetentionDays?.message}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={1}
              className={inputClass}
              {...fields.text("signInHistoryRetentionDays")}
            />
          )}
        </Field>
        <Field
          id="connectorCallRetentionDays"
          label="Keep the API connector call log for (days)"
          hint={`Empty uses this installation's default, ${connectorDefaultDays} days.`}
          error={errors.connectorCallRetentionDays?.message}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              min={1}
              className={inputClass}
              {...fields.text("connectorCallRetentionDays")}
            />
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          Save retention
        </Button>
      </fieldset>
    </form>
  );
}

const ZAccountPageForm = z.object({ userFlowId: z.string() });
type AccountPageValues = z.infer<typeof ZAccountPageForm>;

/** The user flow the account page signs people in through; empty lets Guestlist choose. */
export function AccountPageForm({
  tenant,
  initial,
  flows,
  automaticFlowName,
  readOnly,
}: {
  tenant: string;
  initial: AccountPageValues;
  flows: { id: string; name: string; enabled: boolean }[];
  automaticFlowName: string | null;
  readOnly: boolean;
}) {
  const { form, submit, status, pending } = useActionForm<AccountPageValues>({
    schema: ZAccountPageForm,
    defaultValues: initial,
    action: (values) => saveAccountPageAction(tenant, { userFlowId: values.userFlowId || null }),
  });
  return (
    <form onSubmit={submit} noValidate className="max-w-md">
      <StatusMessage status={status} />
      <fieldset disabled={readOnly}>
        <Field
          id="accountUserFlowId"
          label="People sign in to it through"
          hint="Its sign-in methods and limits apply. The account page never signs anyone up."
          error={form.formState.errors.userFlowId?.message}
        >
          {(aria) => (
            <select {...aria} className={inputClass} {...form.register("userFlowId")}>
              <option value="">
                {automaticFlowName
                  ? `The flow most applications use (now ${automaticFlowName})`
                  : "The flow most applications use"}
              </option>
              {flows.map((flow) => (
                <option key={flow.id} value={flow.id}>
                  {flow.enabled ? flow.name : `${flow.name} (disabled)`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          Save account page
        </Button>
      </fieldset>
    </form>
  );
}
