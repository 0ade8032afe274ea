import { z } from "zod";
import type { AttributeDataType, AttributeInputType } from "../generated/prisma/enums";
import { TERMS_FIELD } from "../terms/terms-schemas";

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

function fieldSchema(field: AttributeField): z.ZodType<AttributeValue | undefined> {
  const { label, validation } = field;
  const required = `Enter ${label.toLowerCase()}.`;
  const allowed = new Set(field.options.map((option) => option.value));
  const inOptions = (value: string) => field.options.length === 0 || allowed.has(value);

  if (field.dataType === "BOOLEAN" || field.inputType === "CHECKBOX") {
    return z.preprocess(
      (raw) => raw === true || raw === "on" || raw === "true",
      z.boolean().refine((checked) => !field.required || checked, `Tick "${label}" to continue.`),
    );
  }

  if (field.inputType === "MULTISELECT") {
    const list = z
      .array(z.string().refine(inOptions, `Choose ${label.toLowerCase()} from the list.`))
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
      .regex(/^[+-]?\d+$/, `${label} must be a whole number.`)
      .transform(Number)
      .pipe(z.number().int().safe(`${label} is too large.`));
    if (validation.min !== undefined) {
      const min = validation.min;
      integer = integer.refine((n) => n >= min, `${label} must be at least ${min}.`);
    }
    if (validation.max !== undefined) {
      const max = validation.max;
      integer = integer.refine((n) => n <= max, `${label} must be at most ${max}.`);
    }
    schema = integer.refine(
      (n) => inOptions(String(n)),
      `Choose ${label.toLowerCase()} from the list.`,
    );
  } else if (field.inputType === "DATE") {
    schema = z.string().refine(isRealDate, `Enter ${label.toLowerCase()} as a date (YYYY-MM-DD).`);
  } else {
    let text = z
      .string()
      .refine(
        (value) => !CONTROL_CHARACTERS.test(value),
        `${label} cannot contain control characters.`,
      )
      .max(
        validation.maxLength ?? MAX_TEXT,
        `${label} must be at most ${validation.maxLength ?? MAX_TEXT} characters.`,
      );
    if (validation.minLength)
      text = text.min(
        validation.minLength,
        `${label} must be at least ${validation.minLength} characters.`,
      );
    if (validation.pattern)
      text = text.regex(
        new RegExp(`^(?:${validation.pattern})$`),
        `${label} is not in the expected format.`,
      );
    schema = text.refine(inOptions, `Choose ${label.toLowerCase()} from the list.`);
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
export function buildAttributeFormSchema(fields: AttributeField[]) {
  return z.object(Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)])));
}

export type AttributeFormValues = Record<string, AttributeValue | undefined>;

/**
 * The sign-up form's schema: the flow's attribute fields and, when the flow
 * requires terms, the acceptance box, whose value must name the versions shown.
 */
export function buildSignUpFormSchema(fields: AttributeField[], termsValue: string | null) {
  const attributes = buildAttributeFormSchema(fields);
  if (termsValue === null) return attributes;
  return attributes.extend({
    [TERMS_FIELD]: z
      .string({ error: TERMS_REQUIRED })
      .refine((value) => value === termsValue, TERMS_REQUIRED),
  });
}

const TERMS_REQUIRED = "Accept the terms to create your account.";

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
