"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { z } from "zod";
import { linesOf } from "@guestlist/domain/applications/schemas";
import {
  ZSamlIdentityProviderInput,
  ZSamlIdentityProviderUpdate,
  type TSamlIdentityProviderUpdate,
} from "@guestlist/domain/saml/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import {
  createSamlIdentityProviderAction,
  refreshSamlMetadataAction,
  updateSamlIdentityProviderAction,
} from "./actions";

/** A SAML provider as its edit form shows it. */
export interface SamlProviderView {
  id: string;
  displayName: string;
  enabled: boolean;
  entityId: string;
  ssoUrl: string;
  ssoBinding: string;
  metadataUrl: string;
  certificateExpiries: (string | null)[];
  claimMapping: Record<string, string>;
  trustsEmailVerified: boolean;
  clockSkewSeconds: number;
  emailDomains: string[];
}

/** Mappings and domains are edited as lines of text; the clock skew as the input's text. */
interface SamlFormValues {
  displayName: string;
  enabled: boolean;
  metadataUrl: string;
  metadataXml: string;
  claimMapping: string;
  trustsEmailVerified: boolean;
  clockSkewSeconds: string;
  emailDomains: string;
}

const toInput = (values: SamlFormValues): TSamlIdentityProviderUpdate => ({
  ...values,
  clockSkewSeconds: values.clockSkewSeconds.trim() === "" ? 180 : Number(values.clockSkewSeconds),
  emailDomains: linesOf(values.emailDomains),
  claimMapping: Object.fromEntries(
    linesOf(values.claimMapping)
      .map((line): [string, string] => {
        const at = line.indexOf("=");
        return at < 0 ? [line, ""] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      })
      .filter(([attribute, name]) => attribute && name),
  ),
});

// The domain's rules, on the form's fields.
const formSchema = (schema: z.ZodType) =>
  z.any().superRefine((values, ctx) => {
    const result = schema.safeParse(toInput(values as SamlFormValues));
    for (const issue of result.error?.issues ?? [])
      ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
  });

const when = (iso: string | null) => (iso ? iso.slice(0, 10) : "unreadable");

/**
 * A partner's SAML 2.0 identity provider: added from its metadata (a URL, or
 * the file pasted); edited later with newer metadata for the same entity id.
 */
export function SamlIdentityProviderForm({
  tenant,
  existing,
  onDone,
}: {
  tenant: string;
  existing?: SamlProviderView;
  onDone?: () => void;
}) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<SamlFormValues>({
    schema: formSchema(existing ? ZSamlIdentityProviderUpdate : ZSamlIdentityProviderInput),
    defaultValues: {
      displayName: existing?.displayName ?? "",
      enabled: existing?.enabled ?? true,
      metadataUrl: existing?.metadataUrl ?? "",
      metadataXml: "",
      claimMapping: Object.entries(existing?.claimMapping ?? {})
        .map(([attribute, name]) => `${attribute}=${name}`)
        .join("\n"),
      trustsEmailVerified: existing?.trustsEmailVerified ?? false,
      clockSkewSeconds: String(existing?.clockSkewSeconds ?? 180),
      emailDomains: (existing?.emailDomains ?? []).join("\n"),
    },
    action: (values) =>
      existing
        ? updateSamlIdentityProviderAction(tenant, existing.id, toInput(values))
        : createSamlIdentityProviderAction(tenant, toInput(values)),
    onSuccess: () => {
      router.refresh();
      if (!existing) form.reset();
      onDone?.();
    },
  });
  const { errors } = form.formState;
  const prefix = existing ? `saml-${existing.id}` : "saml";
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      <StatusMessage status={status} />
      {existing ? <SamlProviderFacts tenant={tenant} provider={existing} /> : null}
      <Field
        id={`${prefix}-displayName`}
        label="Name people see"
        error={errors.displayName?.message}
      >
        {(aria) => <input {...aria} className={inputClass} {...fields.text("displayName")} />}
      </Field>
      {existing ? (
        <div className="mb-4 flex items-center gap-2">
          <input id={`${prefix}-enabled`} type="checkbox" {...fields.checkbox("enabled")} />
          <label htmlFor={`${prefix}-enabled`} className="text-sm font-medium">
            Enabled
          </label>
        </div>
      ) : null}
      <Field
        id={`${prefix}-metadataUrl`}
        label="Metadata URL"
        hint={
          existing
            ? "Read again every day, so a new signing certificate is picked up. Empty it to stop."
            : "Where the partner publishes its SAML metadata (https). Or paste the metadata below."
        }
        error={errors.metadataUrl?.message}
      >
        {(aria) => (
          <input {...aria} type="url" className={inputClass} {...fields.text("metadataUrl")} />
        )}
      </Field>
      <Field
        id={`${prefix}-metadataXml`}
        label={existing ? "Newer metadata XML" : "Metadata XML"}
        hint={
          existing
            ? "Paste it to replace the endpoints and certificates; it must have the same entity id."
            : undefined
        }
        error={errors.metadataXml?.message}
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={existing ? 3 : 6}
            className={inputClass}
            {...fields.text("metadataXml")}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-emailDomains`}
        label="Partner email domains"
        hint="One a line, like partner.example. Addresses there (and below) are sent to this provider when they type their email, and cannot use a code or a password here."
        error={errors.emailDomains?.message}
      >
        {(aria) => (
          <textarea {...aria} rows={2} className={inputClass} {...fields.text("emailDomains")} />
        )}
      </Field>
      <Field
        id={`${prefix}-claimMapping`}
        label="Attribute mapping"
        hint="One a line: attribute=SAML attribute name, e.g. companyName=http://schemas.xmlsoap.org/claims/CompanyName. Email and names come from the usual claim URIs unless mapped here."
        error={errors.claimMapping?.message}
      >
        {(aria) => (
          <textarea {...aria} rows={3} className={inputClass} {...fields.text("claimMapping")} />
        )}
      </Field>
      <Field
        id={`${prefix}-clockSkewSeconds`}
        label="Allowed clock difference (seconds)"
        hint="How far the partner's clock may be from ours when checking an assertion's times: 0 to 600."
        error={errors.clockSkewSeconds?.message}
      >
        {(aria) => (
          <input
            {...aria}
            type="number"
            inputMode="numeric"
            min={0}
            max={600}
            className={`${inputClass} max-w-32`}
            {...fields.text("clockSkewSeconds")}
          />
        )}
      </Field>
      <div className="mb-4 flex items-start gap-2">
        <input
          id={`${prefix}-trustsEmailVerified`}
          type="checkbox"
          className="mt-1"
          {...fields.checkbox("trustsEmailVerified")}
        />
        <label htmlFor={`${prefix}-trustsEmailVerified`} className="text-sm">
          <span className="font-medium">Trust this provider&apos;s email addresses</span>
          <span className="block text-slate-600">
            Only for a partner whose accounts are its own staff&apos;s: otherwise people confirm
            their address with a code before an account is created.
          </span>
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {existing ? "Save" : "Add SAML identity provider"}
      </Button>
    </form>
  );
}

/** What the metadata said, and reading it again now. */
function SamlProviderFacts({ tenant, provider }: { tenant: string; provider: SamlProviderView }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; message?: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="mb-4 text-sm">
      <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-600">Entity id</dt>
        <dd className="break-all">{provider.entityId}</dd>
        <dt className="text-slate-600">Sign-on</dt>
        <dd className="break-all">
          {provider.ssoUrl} ({provider.ssoBinding})
        </dd>
        <dt className="text-slate-600">Certificates</dt>
        <dd>
          {provider.certificateExpiries.map((expiry) => `expires ${when(expiry)}`).join("; ")}
        </dd>
      </dl>
      {provider.metadataUrl ? (
        <>
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await refreshSamlMetadataAction(tenant, provider.id);
                setStatus(result);
                if (result.ok) router.refresh();
              })
            }
          >
            Read the metadata again now
          </Button>
          <StatusMessage status={status} />
        </>
      ) : null}
    </div>
  );
}
