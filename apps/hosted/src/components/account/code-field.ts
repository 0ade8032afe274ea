import type { Field } from "./text-field-form";

/** The one-time code field of an email change or a deletion (server pages call it; the form is a client component). */
export function codeField(label: string, hint: string): Field {
  return {
    name: "code",
    label,
    type: "text",
    autoComplete: "one-time-code",
    numeric: true,
    hint,
  };
}
