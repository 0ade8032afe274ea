"use client";

import { useRouter } from "next/navigation";
import { z } from "zod";
import {
  FORM_CREATED_KINDS,
  IDENTITY_PROVIDER_PRESETS,
  type FormCreatedKind,
  ZIdentityProviderInput,
  trustsEmailByDefault,
  type IdentityProviderKind,
  type TIdentityProviderInput,
} from "@guestlist/domain/identity-providers/schemas";
import { EditableListItem } from "@/components/editable-list-item";
import { SamlIdentityProviderForm, type SamlProviderView } from "./saml-provider-form";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import {
  createIdentityProviderAction,
  deleteIdentityProviderAction,
  updateIdentityProviderAction,
} from "./actions";

interface ProviderView {
  id: string;
  type: IdentityProviderKind;
  displayName: string;
  enabled: boolean;
  issuer: string;
  clientId: string;
  scopes: string;
  claimMapping: Record<string, string>;
  trustsEmailVerified: boolean;
  hasClientSecret: boolean;
  usedBy: string[];
  /** SAML providers: what their own form edits. */
  saml?: SamlProviderView;
}

interface FormValues {
  type: FormCreatedKind;
  displayName: string;
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** One mapping a line: attribute=upstream claim. */
  claimMapping: string;
  trustsEmailVerified: boolean;
}

const toInput = (values: FormValues): TIdentityProviderInput => ({
  ...values,
  claimMapping: Object.fromEntries(
    values.claimMapping
      .split(/\r?\n/)
      .map((line): [string, string] => {
        const [attribute = "", claim = ""] = line.split("=").map((part) => part.trim());
        return [attribute, claim];
      })
      .filter(([attribute, claim]) => attribute && claim),
  ),
});

// The domain's rules, on the form's one-mapping-a-line text area.
const ZProviderForm = z.any().superRefine((values, ctx) => {
  const result = ZIdentityProviderInput.safeParse(toInput(values as FormValues));
  for (const issue of result.error?.issues ?? [])
    ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
});

export function IdentityProviderForm({
  tenant,
  existing,
  onDone,
}: {
  tenant: string;
  existing?: ProviderView & { type: FormCreatedKind };
  onDone?: () => void;
}) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<FormValues>({
    schema: ZProviderForm,
    defaultValues: existing
      ? {
          ...existing,
          clientSecret: "",
          claimMapping: Object.entries(existing.claimMapping)
            .map(([a, c]) => `${a}=${c}`)
            .join("\n"),
        }
      : {
          type: "OIDC",
          displayName: "",
          enabled: true,
          issuer: "",
          clientId: "",
          clientSecret: "",
          scopes: "openid profile email",
          claimMapping: "",
          trustsEmailVerified: trustsEmailByDefault("OIDC"),
        },
    action: (values) =>
      existing
        ? updateIdentityProviderAction(tenant, existing.id, toInput(values))
        : createIdentityProviderAction(tenant, toInput(values)),
    onSuccess: () => {
      router.refresh();
      if (!existing) form.reset();
      onDone?.();
    },
  });
  const { errors } = form.formState;
  const type = form.watch("type");
  const federated = IDENTITY_PROVIDER_PRESETS[type].federated;
  const prefix = existing ? `idp-${existing.id}` : "idp-new";
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      {existing ? null : (
        <Field id={`${prefix}-type`} label="Kind" error={errors.type?.message}>
          {(aria) => (
            <select
              {...aria}
              className={inputClass}
              {...fields.text("type", {
                onChange: (event: { target: { value: FormCreatedKind } }) =>
                  form.setValue("trustsEmailVerified", trustsEmailByDefault(event.target.value)),
              })}
            >
              {FORM_CREATED_KINDS.map((value) => (
                <option key={value} value={value}>
                  {IDENTITY_PROVIDER_PRESETS[value].label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        id={`${prefix}-name`}
        label="Display name"
        hint="The button people see on the sign-up page."
        error={errors.displayName?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...fields.text("displayName")} />}
      </Field>
      <div className="mb-4 flex items-center gap-2">
        <input id={`${prefix}-enabled`} type="checkbox" {...fields.checkbox("enabled")} />
        <label htmlFor={`${prefix}-enabled`} className="text-sm font-medium">
          Enabled
        </label>
      </div>
      {type === "OIDC" ? (
        <Field
          id={`${prefix}-issuer`}
          label="Issuer or discovery URL"
          error={errors.issuer?.message}
        >
          {(aria) => (
            <input
              {...aria}
              className={inputClass}
              placeholder="https://login.partner.example"
              {...fields.text("issuer")}
            />
          )}
        </Field>
      ) : null}
      {federated ? (
        <>
          <Field id={`${prefix}-client-id`} label="Client ID" error={errors.clientId?.message}>
            {(aria) => <input {...aria} className={inputClass} {...fields.text("clientId")} />}
          </Field>
          <Field
            id={`${prefix}-client-secret`}
            label="Client secret"
            hint={
              existing?.hasClientSecret
                ? "A secret is stored. Leave empty to keep it; it is never shown."
                : "Stored encrypted; it is never shown again."
            }
            error={errors.clientSecret?.message}
          >
            {(aria) => (
              <input
                {...aria}
                type="password"
                autoComplete="off"
                className={inputClass}
                {...fields.text("clientSecret")}
              />
            )}
          </Field>
          <Field
            id={`${prefix}-scopes`}
            label="Scopes"
            hint="Separated by spaces."
            error={errors.scopes?.message}
          >
            {(aria) => <input {...aria} className={inputClass} {...fields.text("scopes")} />}
          </Field>
          <div className="mb-4">
            <div className="flex items-center gap-2">
              <input
                id={`${prefix}-trusts-email`}
                type="checkbox"
                aria-describedby={`${prefix}-trusts-email-hint`}
                {...fields.checkbox("trustsEmailVerified")}
              />
              <label htmlFor={`${prefix}-trusts-email`} className="text-sm font-medium">
                Trust the addresses it marks as verified
              </label>
            </div>
            <p id={`${prefix}-trusts-email-hint`} className="mt-1 text-sm text-slate-600">
              When off, or when the provider does not say an address is verified, people prove their
              address with a code before an account is created or linked. Turn on only for a
              provider that checks addresses itself.
            </p>
          </div>
        </>
      ) : null}
      {type === "OIDC" ? (
        <Field
          id={`${prefix}-claims`}
          label="Claim mapping"
          hint="One a line: attribute=upstream claim, e.g. displayName=name."
          error={errors.claimMapping?.message}
        >
          {(aria) => (
            <textarea {...aria} rows={3} className={inputClass} {...fields.text("claimMapping")} />
          )}
        </Field>
      ) : null}
      <Button type="submit" disabled={pending}>
        {existing ? "Save" : "Add identity provider"}
      </Button>
    </form>
  );
}

export function IdentityProviderRow({
  tenant,
  provider,
  editable,
}: {
  tenant: string;
  provider: ProviderView;
  editable: boolean;
}) {
  return (
    <EditableListItem
      name={provider.displayName}
      label={provider.displayName}
      summary={[
        IDENTITY_PROVIDER_PRESETS[provider.type].label,
        provider.enabled ? "enabled" : "disabled",
        ...(provider.usedBy.length ? [`used by ${provider.usedBy.join(", ")}`] : []),
        ...(provider.saml?.emailDomains.length
          ? [`for ${provider.saml.emailDomains.join(", ")}`]
          : []),
      ].join(" · ")}
      editable={editable}
      onDelete={() => deleteIdentityProviderAction(tenant, provider.id)}
      editor={(close) =>
        isFormCreated(provider) ? (
          <IdentityProviderForm tenant={tenant} existing={provider} onDone={close} />
        ) : provider.saml ? (
          <SamlIdentityProviderForm tenant={tenant} existing={provider.saml} onDone={close} />
        ) : null
      }
    />
  );
}

function isFormCreated(
  provider: ProviderView,
): provider is ProviderView & { type: FormCreatedKind } {
  return (FORM_CREATED_KINDS as readonly string[]).includes(provider.type);
}
