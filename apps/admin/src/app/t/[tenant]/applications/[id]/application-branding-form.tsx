"use client";

import {
  ZApplicationBranding,
  type TApplicationBranding,
} from "@guestlist/domain/branding/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { ColourField } from "@/components/branding/colour-field";
import { useActionForm } from "@/components/use-action-form";
import { saveApplicationBrandingAction } from "../actions";

interface Values {
  displayName: string;
  primaryColor: string;
  backgroundColor: string;
}

/** This application's name and colours on the hosted pages, over the tenant's. */
export function ApplicationBrandingForm({
  tenant,
  applicationId,
  initial,
  readOnly,
}: {
  tenant: string;
  applicationId: string;
  initial: Values;
  readOnly: boolean;
}) {
  const { form, fields, submit, status, pending } = useActionForm<Values>({
    schema: ZApplicationBranding,
    defaultValues: initial,
    action: (values: TApplicationBranding & Values) =>
      saveApplicationBrandingAction(tenant, applicationId, values),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="mb-6 max-w-md">
      <StatusMessage status={status} />
      <fieldset disabled={readOnly}>
        <Field
          id="app-branding-displayName"
          label="Name on the sign-in pages"
          hint="Empty: the tenant's branding name."
          error={errors.displayName?.message}
        >
          {(aria) => <input {...aria} className={inputClass} {...fields.text("displayName")} />}
        </Field>
        <ColourField
          name="app-primaryColor"
          label="Brand colour"
          hint="Empty: the tenant's. White text on it must be readable (contrast at least 4.5:1)."
          fallback="#1d4ed8"
          value={form.watch("primaryColor")}
          error={errors.primaryColor?.message}
          input={fields.text("primaryColor")}
        />
        <ColourField
          name="app-backgroundColor"
          label="Page background"
          hint="Empty: the tenant's. The pages' dark text must be readable on it."
          fallback="#f8fafc"
          value={form.watch("backgroundColor")}
          error={errors.backgroundColor?.message}
          input={fields.text("backgroundColor")}
        />
        <Button type="submit" disabled={pending}>
          Save the application&apos;s branding
        </Button>
      </fieldset>
    </form>
  );
}
