import type { InputHTMLAttributes } from "react";
import { Field, inputClass } from "../ui";

/** A hex colour's field, with a swatch of what it looks like (the default when it is not a colour yet). */
export function ColourField({
  name,
  label,
  hint,
  fallback,
  value,
  error,
  input,
}: {
  name: string;
  label: string;
  hint: string;
  fallback: string;
  value: string;
  error?: string;
  input: InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <Field id={`branding-${name}`} label={label} hint={hint} error={error}>
      {(aria) => (
        <div className="flex items-center gap-3">
          <input
            {...aria}
            className={`${inputClass} max-w-40 font-mono`}
            placeholder={fallback}
            {...input}
          />
          <span
            aria-hidden="true"
            className="inline-block h-9 w-9 rounded border border-slate-300"
            style={{ backgroundColor: /^#[0-9a-f]{6}$/i.test(value) ? value : fallback }}
          />
        </div>
      )}
    </Field>
  );
}
