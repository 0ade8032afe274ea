"use client";

import { useState } from "react";
import { z } from "zod";
import {
  ZApplicationInput,
  linesOf,
  type TApplicationInput,
} from "@guestlist/domain/applications/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

export interface ApplicationFormValues {
  name: string;
  type: "CONFIDENTIAL" | "PUBLIC";
  redirectUris: string;
  postLogoutRedirectUris: string;
  initiateLoginUri: string;
  userFlowId: string;
}

export function toApplicationInput(values: ApplicationFormValues): TApplicationInput {
  return {
    name: values.name,
    type: values.type,
    redirectUris: linesOf(values.redirectUris),
    postLogoutRedirectUris: linesOf(values.postLogoutRedirectUris),
    initiateLoginUri: values.initiateLoginUri.trim() || null,
    userFlowId: values.userFlowId || null,
  };
}

// The domain's rules, on the form's one-URI-a-line text areas.
const ZApplicationForm = z.any().superRefine((values, ctx) => {
  const result = ZApplicationInput.safeParse(toApplicationInput(values as ApplicationFormValues));
  for (const issue of result.error?.issues ?? [])
    ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
});

/** Shown once: after this, only the hash exists. */
export function SecretOnce({
  clientId,
  clientSecret,
}: {
  clientId: string;
  clientSecret: string | null;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mb-4 rounded-md border-2 border-amber-500 bg-amber-50 p-4 text-sm" role="alert">
      <p>
        Client ID: <code className="break-all">{clientId}</code>
      </p>
      {clientSecret ? (
        <>
          <p className="mt-2">
            Client secret:{" "}
            <code className="break-all" data-testid="client-secret">
              {clientSecret}
            </code>
          </p>
          <p className="mt-2 font-medium">
            Copy the secret now: it is not stored and will not be shown again.
          </p>
          <Button
            variant="secondary"
            className="mt-2"
            onClick={() =>
              void navigator.clipboard?.writeText(clientSecret).then(() => setCopied(true))
            }
          >
            {copied ? "Copied" : "Copy secret"}
          </Button>
        </>
      ) : null}
    </div>
  );
}

export function ApplicationForm(props: {
  initial: ApplicationFormValues;
  flows: { id: string; name: string }[];
  submitLabel: string;
  readOnly?: boolean;
  save: (
    input: TApplicationInput,
  ) =>
    | Promise<ActionResult<{ id: string; clientId: string; clientSecret: string | null }>>
    | Promise<ActionResult>;
  onSaved?: (result: { message?: string; data?: unknown }) => void;
}) {
  const { form, fields, submit, status, pending } = useActionForm<ApplicationFormValues, unknown>({
    schema: ZApplicationForm,
    defaultValues: props.initial,
    action: (values) => props.save(toApplicationInput(values)),
    onSuccess: props.onSaved,
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      <StatusMessage status={status} />
      <fieldset disabled={props.readOnly}>
        <Field id="app-name" label="Name" error={errors.name?.message}>
          {(aria) => <input {...aria} className={inputClass} {...fields.text("name")} />}
        </Field>
        <fieldset className="mb-4">
          <legend className="text-sm font-medium">Client type</legend>
          <div className="mt-1 flex items-center gap-2">
            <input id="type-confidential" type="radio" {...fields.radio("type", "CONFIDENTIAL")} />
            <label htmlFor="type-confidential" className="text-sm">
              Confidential (a server-side web app that can keep a secret)
            </label>
          </div>
          <div className="mt-1 flex items-center gap-2">
            <input id="type-public" type="radio" {...fields.radio("type", "PUBLIC")} />
            <label htmlFor="type-public" className="text-sm">
              Public (single-page or mobile app: no secret, PKCE required)
            </label>
          </div>
        </fieldset>
        <Field
          id="app-redirect-uris"
          label="Redirect URIs"
          hint="One a line; https://, or http:// for localhost only."
          error={errors.redirectUris?.message}
        >
          {(aria) => (
            <textarea {...aria} rows={3} className={inputClass} {...fields.text("redirectUris")} />
          )}
        </Field>
        <Field
          id="app-logout-uris"
          label="Sign-out redirect URIs"
          hint="Where to return after signing out; one a line."
          error={errors.postLogoutRedirectUris?.message}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={2}
              className={inputClass}
              {...fields.text("postLogoutRedirectUris")}
            />
          )}
        </Field>
        <Field
          id="app-initiate-login-uri"
          label="Sign-in start URL (optional)"
          hint="The address in your app that starts a sign-in (OpenID Connect initiate_login_uri). Invitation links send people there, with iss and login_hint."
          error={errors.initiateLoginUri?.message}
        >
          {(aria) => (
            <input
              {...aria}
              type="url"
              className={inputClass}
              {...fields.text("initiateLoginUri")}
            />
          )}
        </Field>
        <Field
          id="app-flow"
          label="User flow"
          hint="An application uses one user flow at a time."
          error={errors.userFlowId?.message}
        >
          {(aria) => (
            <select {...aria} className={inputClass} {...fields.text("userFlowId")}>
              <option value="">None (sign-in only)</option>
              {props.flows.map((flow) => (
                <option key={flow.id} value={flow.id}>
                  {flow.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          {props.submitLabel}
        </Button>
      </fieldset>
    </form>
  );
}
