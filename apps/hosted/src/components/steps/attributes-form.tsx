"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { useForm, type FieldErrors, type Resolver, type UseFormRegister } from "react-hook-form";
import {
  buildSignUpFormSchema,
  type AttributeField,
  type FormText,
} from "@guestlist/domain/flows/attribute-form";
import { TERMS_FIELD } from "@guestlist/domain/terms/schemas";
import type { CurrentTerms } from "@guestlist/domain/terms";
import { TermsAcceptance } from "../terms-acceptance";
import {
  ErrorSummary,
  FieldError,
  PrimaryButton,
  describedBy,
  fieldIds,
  inputClass,
} from "../form-controls";

type Values = Record<string, unknown>;

interface Props {
  fields: AttributeField[];
  /** The flow's terms, accepted with a box on this page; none when the flow requires none. */
  terms: { tenantSlug: string; current: CurrentTerms[] };
  defaultValues: Values;
  serverErrors: Record<string, string>;
  submit: (form: FormData) => void | Promise<void>;
  /** The button's words: Continue at sign-up (the default), Save on the account page. */
  submitLabel?: string;
}

/**
 * The flow's attribute page. With JavaScript, react-hook-form checks every
 * answer with the same schema the server uses before the form is sent; without
 * it, the form posts as is and the server answers with the same messages.
 */
export function AttributesForm({
  fields,
  terms,
  defaultValues,
  serverErrors,
  submit,
  submitLabel,
}: Props) {
  const t = useTranslations();
  const termsValue = terms.current.length
    ? terms.current.map((entry) => entry.versionId).join(" ")
    : null;
  const schema = useMemo(() => {
    const text: FormText = (key, values) => t(key, values);
    return buildSignUpFormSchema(fields, termsValue, text);
  }, [fields, termsValue, t]);
  const {
    register,
    getValues,
    trigger,
    formState: { errors },
  } = useForm<Values>({
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    mode: "onSubmit",
    reValidateMode: "onChange",
    defaultValues,
  });

  const messages = { ...serverErrors, ...messagesOf(errors) };
  const labels = {
    ...Object.fromEntries(fields.map((field) => [field.name, field.label])),
    [TERMS_FIELD]: t("termsStep.legend"),
  };

  return (
    <form
      action={submit}
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        // Decided synchronously: a valid form goes on to the server action untouched.
        if (schema.safeParse(getValues()).success) return;
        event.preventDefault();
        void trigger(undefined, { shouldFocus: true });
      }}
    >
      <ErrorSummary errors={messages} labels={labels} />
      {fields.map((field) => (
        <AttributeInput
          key={field.name}
          field={field}
          register={register}
          value={defaultValues[field.name]}
          error={messages[field.name]}
        />
      ))}
      {termsValue ? (
        <TermsAcceptance
          tenantSlug={terms.tenantSlug}
          terms={terms.current}
          error={messages[TERMS_FIELD]}
          input={register(TERMS_FIELD)}
        />
      ) : null}
      <PrimaryButton>{submitLabel ?? t("common.continue")}</PrimaryButton>
    </form>
  );
}

function messagesOf(errors: FieldErrors<Values>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([name, error]) =>
      error?.message ? [[name, String(error.message)]] : [],
    ),
  );
}

function Label({ field }: { field: AttributeField }) {
  const t = useTranslations("common");
  return (
    <>
      {field.label}
      {field.required ? null : <span className="font-normal text-slate-600"> {t("optional")}</span>}
    </>
  );
}

/** A given value as an input's text; anything that is not a scalar writes nothing. */
const asText = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : "";

/** What a field was given, as the server writes it into the page: without JavaScript, react-hook-form never fills the form. */
function chosen(value: unknown, option?: string): boolean {
  if (option === undefined) return value === true || value === "on" || value === "true";
  return Array.isArray(value) ? value.map(asText).includes(option) : asText(value) === option;
}

function AttributeInput({
  field,
  register,
  value,
  error,
}: {
  field: AttributeField;
  register: UseFormRegister<Values>;
  value: unknown;
  error?: string;
}) {
  const t = useTranslations("common");
  const text = asText(value);
  const ids = fieldIds(field.name);
  const hasHint = !!field.helpText;
  const aria = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(field.name, hasHint, !!error),
    "aria-required": field.required || undefined,
  };
  const hint = hasHint ? (
    <p id={ids.hint} className="text-sm text-slate-600">
      {field.helpText}
    </p>
  ) : null;

  if (field.inputType === "CHECKBOX" || field.dataType === "BOOLEAN") {
    return (
      <div>
        <div className="flex items-start gap-3">
          <input
            id={ids.input}
            type="checkbox"
            value="on"
            defaultChecked={chosen(value)}
            className="mt-1 h-5 w-5"
            {...register(field.name)}
            {...aria}
          />
          <label htmlFor={ids.input} className="font-medium">
            <Label field={field} />
          </label>
        </div>
        {hint}
        <FieldError name={field.name} message={error} />
      </div>
    );
  }

  if (field.inputType === "RADIO" || field.inputType === "MULTISELECT") {
    const type = field.inputType === "RADIO" ? "radio" : "checkbox";
    return (
      <fieldset aria-describedby={aria["aria-describedby"]}>
        <legend className="font-medium">
          <Label field={field} />
        </legend>
        {hint}
        <div className="mt-2 space-y-2">
          {field.options.map((option, index) => (
            <div key={option.value} className="flex items-center gap-3">
              <input
                id={index === 0 ? ids.input : `${ids.input}-${index}`}
                type={type}
                value={option.value}
                defaultChecked={chosen(value, option.value)}
                className="h-5 w-5"
                aria-invalid={aria["aria-invalid"]}
                {...register(field.name)}
              />
              <label htmlFor={index === 0 ? ids.input : `${ids.input}-${index}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
        <FieldError name={field.name} message={error} />
      </fieldset>
    );
  }

  return (
    <div>
      <label htmlFor={ids.input} className="block font-medium">
        <Label field={field} />
      </label>
      {hint}
      {field.inputType === "DROPDOWN" ? (
        <select
          id={ids.input}
          className={inputClass}
          defaultValue={text}
          {...register(field.name)}
          {...aria}
        >
          <option value="">{t("choose")}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={ids.input}
          type={field.inputType === "DATE" ? "date" : "text"}
          inputMode={field.dataType === "INTEGER" ? "numeric" : undefined}
          autoComplete={AUTOCOMPLETE[field.name]}
          defaultValue={text}
          className={inputClass}
          {...register(field.name)}
          {...aria}
        />
      )}
      <FieldError name={field.name} message={error} />
    </div>
  );
}

const AUTOCOMPLETE: Record<string, string> = {
  displayName: "name",
  givenName: "given-name",
  surname: "family-name",
  jobTitle: "organization-title",
  streetAddress: "street-address",
  city: "address-level2",
  state: "address-level1",
  postalCode: "postal-code",
  country: "country-name",
};
