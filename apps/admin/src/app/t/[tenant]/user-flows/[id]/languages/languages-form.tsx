"use client";

import { ZFlowLanguagesInput, type TFlowLanguagesInput } from "@guestlist/domain/flows/schemas";
import { LANGUAGE_NAMES_IN_ENGLISH, SUPPORTED_LOCALES } from "@guestlist/domain/i18n/locales";
import { Button, Field, StatusMessage, inputClass } from "@/components/ui";
import { useActionForm } from "@/components/use-action-form";
import { saveFlowLanguagesAction } from "./actions";

interface LanguagesValues {
  languages: string[];
  defaultLocale: string;
}

/** Which languages the flow's pages and emails are offered in, and the default. */
export function LanguagesForm({
  tenant,
  flowId,
  initial,
  readOnly,
}: {
  tenant: string;
  flowId: string;
  initial: LanguagesValues;
  readOnly: boolean;
}) {
  const { form, fields, submit, status, pending } = useActionForm<LanguagesValues>({
    schema: ZFlowLanguagesInput,
    defaultValues: initial,
    action: (values) => saveFlowLanguagesAction(tenant, flowId, values as TFlowLanguagesInput),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <StatusMessage status={status} />
      <fieldset disabled={readOnly}>
        <fieldset
          className="mb-4"
          aria-describedby={errors.languages ? "flow-languages-error" : "flow-languages-hint"}
        >
          <legend className="text-sm font-medium">Languages offered</legend>
          <p id="flow-languages-hint" className="text-xs text-slate-600">
            The page follows the application&apos;s ui_locales, then the language the person picked,
            then their browser&apos;s languages, among these.
          </p>
          <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {SUPPORTED_LOCALES.map((locale) => (
              <label key={locale} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-4 w-4"
                  {...fields.choice("languages", locale)}
                />
                {LANGUAGE_NAMES_IN_ENGLISH[locale]}
              </label>
            ))}
          </div>
          {errors.languages ? (
            <p id="flow-languages-error" className="mt-1 text-sm text-red-700">
              {errors.languages.message}
            </p>
          ) : null}
        </fieldset>
        <Field
          id="flow-defaultLocale"
          label="Default language"
          hint="Used when none of the person's languages is offered."
          error={errors.defaultLocale?.message}
        >
          {(aria) => (
            <select
              {...aria}
              className={`${inputClass} max-w-60`}
              {...fields.text("defaultLocale")}
            >
              {SUPPORTED_LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {LANGUAGE_NAMES_IN_ENGLISH[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          Save languages
        </Button>
      </fieldset>
    </form>
  );
}
