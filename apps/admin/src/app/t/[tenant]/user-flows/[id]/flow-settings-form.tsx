"use client";

import type { InputHTMLAttributes } from "react";
import { z } from "zod";
import { linesOf } from "@guestlist/domain/applications/schemas";
import { ZFlowSettingsInput, type TFlowSettingsInput } from "@guestlist/domain/flows/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { saveFlowSettingsAction } from "../actions";
import { CheckboxGroup } from "../new-user-flow-form";

interface Choice {
  id: string;
  label: string;
}

/** The form edits the exempt domains as lines of text. */
export type FlowSettingsValues = Omit<TFlowSettingsInput, "approvalExemptDomains"> & {
  approvalExemptDomains: string;
};

const toInput = (values: FlowSettingsValues): TFlowSettingsInput => ({
  ...values,
  approvalExemptDomains: linesOf(values.approvalExemptDomains),
});

// The domain's rules, on the form's shape.
const ZFlowSettingsForm = z.any().superRefine((values, ctx) => {
  const result = ZFlowSettingsInput.safeParse(toInput(values as FlowSettingsValues));
  for (const issue of result.error?.issues ?? [])
    ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
});

export function FlowSettingsForm(props: {
  tenant: string;
  flowId: string;
  readOnly: boolean;
  providers: Choice[];
  attributes: Choice[];
  termsDocuments: Choice[];
  initial: FlowSettingsValues;
}) {
  const { form, fields, submit, status, pending } = useActionForm<FlowSettingsValues>({
    schema: ZFlowSettingsForm,
    defaultValues: props.initial,
    action: (values) => saveFlowSettingsAction(props.tenant, props.flowId, toInput(values)),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate>
      <StatusMessage status={status} />
      <fieldset disabled={props.readOnly}>
        <Field id="flow-settings-name" label="Name" error={errors.name?.message}>
          {(aria) => (
            <input {...aria} className={`${inputClass} max-w-md`} {...fields.text("name")} />
          )}
        </Field>
        <div className="mb-4 flex items-center gap-2">
          <input id="flow-enabled" type="checkbox" {...fields.checkbox("enabled")} />
          <label htmlFor="flow-enabled" className="text-sm font-medium">
            Enabled (sign-up is offered)
          </label>
        </div>
        <CheckboxWithHint
          id="flow-invitation-only"
          label="Invited people only"
          hint="Only addresses with an open invitation to the application can sign up; everyone with an account can still sign in."
          input={fields.checkbox("invitationOnly")}
        />
        <CheckboxWithHint
          id="flow-requires-approval"
          label="New accounts wait for approval"
          hint="Owners and user administrators are emailed, and approve or decline under Guest users. No tokens are issued until then. Invited people are approved already."
          input={fields.checkbox("requiresApproval")}
        />
        <CheckboxWithHint
          id="flow-ask-missing"
          label="Ask returning people for new required answers"
          hint="When you add a required question, people who signed up before answer it (and only it) at their next sign-in."
          input={fields.checkbox("askMissingAttributes")}
        />
        <fieldset className="mb-4">
          <legend className="text-sm font-medium">Second step at sign-in</legend>
          <p className="mb-2 text-sm text-slate-600">
            A passkey or an authenticator app after the email code, password or federated sign-in.
            People who set one up are always asked for it.
          </p>
          {(
            [
              ["OFF", "Not asked for"],
              ["OPTIONAL", "Offered after sign-up (people can skip it)"],
              ["REQUIRED", "Required: set up before the first sign-in completes"],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="flex items-center gap-2">
              <input
                id={`flow-second-factor-${value}`}
                type="radio"
                {...fields.radio("secondFactorPolicy", value)}
              />
              <label htmlFor={`flow-second-factor-${value}`} className="text-sm">
                {label}
              </label>
            </div>
          ))}
        </fieldset>
        <CheckboxWithHint
          id="flow-trust-upstream-mfa"
          label="Accept a federated provider's own multi-factor sign-in"
          hint="When the upstream's token says it did MFA (amr contains mfa), no second step is asked here."
          input={fields.checkbox("trustUpstreamMfa")}
        />
        <CheckboxWithHint
          id="flow-passkey-sign-in"
          label="Let people sign in with a passkey alone"
          hint="A Sign in with a passkey button on the sign-in page, for people who set up a passkey. It needs JavaScript; every other way keeps working without."
          input={fields.checkbox("passkeySignIn")}
        />
        <fieldset className="mb-4">
          <legend className="text-sm font-medium">Bot protection before a code is sent</legend>
          <p className="mb-2 text-sm text-slate-600">
            A proof of work the browser solves on its own (ALTCHA, self-hosted: no third party sees
            your users). Browsers without JavaScript wait a few seconds instead, under a stricter
            limit per network.
          </p>
          {(
            [
              ["OFF", "Off"],
              ["ALWAYS", "Always"],
              [
                "ON_RISK",
                "When risk signals appear (many codes from one network or to one domain)",
              ],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="flex items-center gap-2">
              <input
                id={`flow-bot-protection-${value}`}
                type="radio"
                {...fields.radio("botProtection", value)}
              />
              <label htmlFor={`flow-bot-protection-${value}`} className="text-sm">
                {label}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          id="flow-bot-difficulty"
          label="Proof-of-work difficulty"
          hint="The highest number a browser may have to try; 100,000 takes well under a second on a phone."
          error={errors.botProtectionDifficulty?.message}
        >
          {(aria) => (
            <input
              {...aria}
              type="number"
              inputMode="numeric"
              className={`${inputClass} max-w-xs`}
              {...fields.text("botProtectionDifficulty")}
            />
          )}
        </Field>
        <Field
          id="flow-approval-exempt-domains"
          label="Domains that skip approval (optional)"
          hint="One a line, like contoso.com; subdomains are included."
          error={errors.approvalExemptDomains?.message}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={2}
              className={`${inputClass} max-w-md`}
              {...fields.text("approvalExemptDomains")}
            />
          )}
        </Field>
        <CheckboxGroup
          legend="Identity providers"
          name="identityProviderIds"
          choices={props.providers}
          error={errors.identityProviderIds?.message}
          choice={(value) => fields.choice("identityProviderIds", value)}
        />
        {props.termsDocuments.length ? (
          <CheckboxGroup
            legend="Terms people accept"
            name="termsDocumentIds"
            choices={props.termsDocuments}
            error={errors.termsDocumentIds?.message}
            choice={(value) => fields.choice("termsDocumentIds", value)}
          />
        ) : null}
        <CheckboxGroup
          legend="Claims to return in the token"
          name="returnClaims"
          choices={props.attributes}
          error={errors.returnClaims?.message}
          choice={(value) => fields.choice("returnClaims", value)}
        />
        <Button type="submit" disabled={pending}>
          Save settings
        </Button>
      </fieldset>
    </form>
  );
}

/** A setting's checkbox with the sentence that explains it, tied to it for screen readers. */
function CheckboxWithHint(props: {
  id: string;
  label: string;
  hint: string;
  input: InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <div className="mb-4">
      <div className="flex items-center gap-2">
        <input
          id={props.id}
          type="checkbox"
          aria-describedby={`${props.id}-hint`}
          {...props.input}
        />
        <label htmlFor={props.id} className="text-sm font-medium">
          {props.label}
        </label>
      </div>
      <p id={`${props.id}-hint`} className="ml-6 text-sm text-slate-600">
        {props.hint}
      </p>
    </div>
  );
}
