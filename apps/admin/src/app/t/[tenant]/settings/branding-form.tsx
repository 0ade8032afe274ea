"use client";

import { ZBrandingSettings, type TBrandingSettings } from "@guestlist/domain/branding/schemas";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { ColourField } from "@/components/branding/colour-field";
import { saveBrandingAction } from "./actions";

interface BrandingValues {
  displayName: string;
  primaryColor: string;
  backgroundColor: string;
  customCss: string;
}

/** The name, colours and stylesheet of the hosted pages; colours checked for contrast in the browser and again on the server. */
export function BrandingForm({
  tenant,
  initial,
  readOnly,
}: {
  tenant: string;
  initial: BrandingValues;
  readOnly: boolean;
}) {
  const { form, fields, submit, status, pending } = useActionForm<BrandingValues>({
    schema: ZBrandingSettings,
    defaultValues: initial,
    action: (values: TBrandingSettings & BrandingValues) => saveBrandingAction(tenant, values),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-md">
      <StatusMessage status={status} />
      <fieldset disabled={readOnly}>
        <Field
          id="branding-displayName"
          label="Name on the sign-in pages"
          hint="Empty: the tenant's name."
          error={errors.displayName?.message}
        >
          {(aria) => <input {...aria} className={inputClass} {...fields.text("displayName")} />}
        </Field>
        <ColourField
          name="primaryColor"
          label="Brand colour"
          hint="A hex colour like #0f766e, for buttons and links. Empty: Guestlist's blue. White text on it must be readable (contrast at least 4.5:1)."
          fallback="#1d4ed8"
          value={form.watch("primaryColor")}
          error={errors.primaryColor?.message}
          input={fields.text("primaryColor")}
        />
        <ColourField
          name="backgroundColor"
          label="Page background"
          hint="Behind the sign-in card, like #f0fdfa. Empty: light grey. The pages' dark text must be readable on it (contrast at least 4.5:1)."
          fallback="#f8fafc"
          value={form.watch("backgroundColor")}
          error={errors.backgroundColor?.message}
          input={fields.text("backgroundColor")}
        />
        <Field
          id="branding-customCss"
          label="Custom CSS"
          hint="Up to 25 KB, applied after Guestlist's styles on every hosted page (the card is main, the page .tenant-frame). No url(), @import or @font-face: upload a logo instead."
          error={errors.customCss?.message}
        >
          {(aria) => (
            <textarea
              {...aria}
              rows={6}
              spellCheck={false}
              className={`${inputClass} font-mono text-sm`}
              {...fields.text("customCss")}
            />
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          Save branding
        </Button>
      </fieldset>
    </form>
  );
}
