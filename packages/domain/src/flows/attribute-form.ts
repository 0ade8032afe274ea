import { z } from "zod";
import type { AttributeDataType, AttributeInputType } from "../generated/prisma/enums";
import { createTranslator } from "use-intl/core";
import { TERMS_FIELD } from "../terms/terms-schemas";
import type { MessageKey } from "../i18n/catalogue";
import { en } from "../i18n/messages/en";

// Imported by browser code (react-hook-form's resolver): keep this module free of server imports.

export interface AttributeOption {
  value: string;
  label: string;
}

export interface AttributeValidation {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  min?: number;
  max?: number;
}

/** One field of the attribute page, as the flow's page layout describes it. */
export interface AttributeField {
  name: string;
  label: string;
  helpText: string | null;
  required: boolean;
  inputType: AttributeInputType;
  dataType: AttributeDataType;
  options: AttributeOption[];
  validation: AttributeValidation;
  /** On the account page: whether people may change their answer (read-only otherwise). */
  editable?: boolean;
}

export type AttributeValue = string | number | boolean;

const MAX_TEXT = 1024;
// eslint-disable-next-line no-control-regex -- invisible characters (and NUL, which PostgreSQL refuses) are what it finds
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Form inputs arrive as strings (or lists of them, or a checkbox's boolean); blank means absent. */
function blankToUndefined(raw: unknown): unknown {
  if (typeof raw === "string") return raw.trim() === "" ? undefined : raw.trim();
  if (Array.isArray(raw)) {
    const values = raw.filter(
      (item): item is string => typeof item === "string" && item.trim() !== "",
    );
    return values.length ? values : undefined;
  }
  return raw;
}

/** The form's messages in the page's language (the hosted page's translator, or English). */
export type FormText = (key: MessageKey, values?: Record<string, string | number>) => string;

const english = createTranslator({ locale: "en", messages: en });
const englishFormText: FormText = (key, values) => english(key as never, values as never);

function fieldSchema(field: AttributeField, text: FormText): z.ZodType<AttributeValue | undefined> {
  const { label, validation } = field;
  const named = { label, lowerLabel: label.toLowerCase() };
  const required = text("validation.required", named);
  const allowed = new Set(field.options.map((option) => option.value));
  const inOptions = (value: string) => field.options.length === 0 || allowed.has(value);

  if (field.dataType === "BOOLEAN" || field.inputType === "CHECKBOX") {
    return z.preprocess(
      (raw) => raw === true || raw === "on" || raw === "true",
      z.boolean().refine((checked) => !field.required || checked, text("validation.tick", named)),
    );
  }

  if (field.inputType === "MULTISELECT") {
    const list = z
      .array(z.string().refine(inOptions, text("validation.fromList", named)))
      .transform((values) => values.join(","));
    return z.preprocess(
      (raw) => blankToUndefined(typeof raw === "string" ? [raw] : raw),
      field.required ? list : list.optional(),
    );
  }

  let schema: z.ZodType<AttributeValue, string>;
  if (field.dataType === "INTEGER") {
    let integer = z
      .string()
      .regex(/^[+-]?\d+$/, text("validation.wholeNumber", named))
      .transform(Number)
      .pipe(z.number().int().safe(text("validation.tooLarge", named)));
    if (validation.min !== undefined) {
      const min = validation.min;
      integer = integer.refine((n) => n >= min, text("validation.atLeast", { ...named, min }));
    }
    if (validation.max !== undefined) {
      const max = validation.max;
      integer = integer.refine((n) => n <= max, text("validation.atMost", { ...named, max }));
    }
    schema = integer.refine((n) => inOptions(String(n)), text("validation.fromList", named));
  } else if (field.inputType === "DATE") {
    schema = z.string().refine(isRealDate, text("validation.date", named));
  } else {
    let answer = z
      .string()
      .refine(
        (value) => !CONTROL_CHARACTERS.test(value),
        text("validation.controlCharacters", named),
      )
      .max(
        validation.maxLength ?? MAX_TEXT,
        text("validation.maxLength", { ...named, max: validation.maxLength ?? MAX_TEXT }),
      );
    if (validation.minLength)
      answer = answer.min(
        validation.minLength,
        text("validation.minLength", { ...named, min: validation.minLength }),
      );
    if (validation.pattern)
      answer = answer.regex(
        new RegExp(`^(?:${validation.pattern})$`),
        text("validation.format", named),
      );
    schema = answer.refine(inOptions, text("validation.fromList", named));
  }
  return z.preprocess(
    blankToUndefined,
    field.required
      ? z
          .unknown()
          .refine((v) => v !== undefined, required)
          .pipe(z.string())
          .pipe(schema)
      : z.string().pipe(schema).optional(),
  );
}

/**
 * The one schema for a flow's attribute page: built from its layout, it checks
 * raw form values (strings, lists, checkbox booleans) and gives typed values
 * (String, Integer, Boolean) keyed by attribute name. The server and the
 * browser both use it.
 */
export function buildAttributeFormSchema(
  fields: AttributeField[],
  text: FormText = englishFormText,
) {
  return z.object(
    Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field, text)])),
  );
}

export type AttributeFormValues = Record<string, AttributeValue | undefined>;

/**
 * The sign-up form's schema: the flow's attribute fields and, when the flow
 * requires terms, the acceptance box, whose value must name the versions shown.
 */
export function buildSignUpFormSchema(
  fields: AttributeField[],
  termsValue: string | null,
  text: FormText = englishFormText,
) {
  const attributes = buildAttributeFormSchema(fields, text);
  if (termsValue === null) return attributes;
  const termsRequired = text("messages.termsRequired");
  return attributes.extend({
    [TERMS_FIELD]: z
      .string({ error: termsRequired })
      .refine((value) => value === termsValue, termsRequired),
  });
}

/** Reads a submitted form into the raw shape the schema expects. */
export function attributeInputFromFormData(
  form: FormData,
  fields: AttributeField[],
): Record<string, unknown> {
  const terms = form.get(TERMS_FIELD);
  return Object.fromEntries<string[] | string | undefined>([
    ...fields.map((field): [string, string[] | string | undefined] => {
      if (field.inputType === "MULTISELECT")
        return [field.name, form.getAll(field.name).filter((value) => typeof value === "string")];
      const value = form.get(field.name);
      return [field.name, typeof value === "string" ? value : undefined];
    }),
    ...(typeof terms === "string" ? [[TERMS_FIELD, terms] as [string, string]] : []),
  ]);
}

/** Field errors as { attributeName: message }, the first message per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}
