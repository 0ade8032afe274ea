"use client";

import { useRouter } from "next/navigation";
import { z } from "zod";
import { ZSamlIdentityProviderInput } from "@guestlist/domain/saml/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { createSamlIdentityProviderAction } from "./actions";

interface SamlFormValues {
  displayName: string;
  metadataUrl: string;
  metadataXml: string;
  trustsEmailVerified: boolean;
}

// The domain's rules, on the form's fields.
const ZSamlForm = z.any().superRefine((values, ctx) => {
  const result = ZSamlIdentityProviderInput.safeParse(values);
  for (const issue of result.error?.issues ?? [])
    ctx.addIssue({ code: "custom", path: [String(issue.path[0])], message: issue.message });
});

/** A partner's SAML 2.0 identity provider, read from its metadata (a URL, or the file pasted). */
export function SamlIdentityProviderForm({ tenant }: { tenant: string }) {
  const router = useRouter();
  const { form, fields, submit, status, pending } = useActionForm<SamlFormValues>({
    schema: ZSamlForm,
    defaultValues: {
      displayName: "",
      metadataUrl: "",
      metadataXml: "",
      trustsEmailVerified: false,
    },
    action: (values) => createSamlIdentityProviderAction(tenant, values),
    onSuccess: () => {
      router.refresh();
      form.reset();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-2xl">
      <StatusMessage status={status} />
      <Field id="saml-displayName" label="Name people see" error={errors.displayName?.message}>
        {(aria) => <input {...aria} className={inputClass} {...fields.text("displayName")} />}
      </Field>
      <Field
        id="saml-metadataUrl"
        label="Metadata URL"
        hint="Where the partner publishes its SAML metadata (https). Or paste the metadata below."
        error={errors.metadataUrl?.message}
      >
        {(aria) => (
          <input {...aria} type="url" className={inputClass} {...fields.text("metadataUrl")} />
        )}
      </Field>
      <Field id="saml-metadataXml" label="Metadata XML" error={errors.metadataXml?.message}>
        {(aria) => (
          <textarea {...aria} rows={6} className={inputClass} {...fields.text("metadataXml")} />
        )}
      </Field>
      <div className="mb-4 flex items-start gap-2">
        <input
          id="saml-trustsEmailVerified"
          type="checkbox"
          className="mt-1"
          {...form.register("trustsEmailVerified")}
        />
        <label htmlFor="saml-trustsEmailVerified" className="text-sm">
          <span className="font-medium">Trust this provider&apos;s email addresses</span>
          <span className="block text-slate-600">
            Only for a partner whose accounts are its own staff&apos;s: otherwise people confirm
            their address with a code before an account is created.
          </span>
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        Add SAML identity provider
      </Button>
    </form>
  );
}
