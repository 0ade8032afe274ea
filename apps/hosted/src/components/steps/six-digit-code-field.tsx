import { FieldError, describedBy, fieldIds, inputClass } from "../form-controls";

/** The `code` field of a form: six digits from an email or an authenticator app, its hint and its error. */
export function SixDigitCodeField({
  label,
  hint,
  error,
}: {
  label: string;
  hint: string;
  error?: string;
}) {
  const ids = fieldIds("code");
  return (
    <div>
      <label htmlFor={ids.input} className="block font-medium">
        {label}
      </label>
      <p id={ids.hint} className="text-sm text-slate-600">
        {hint}
      </p>
      <input
        id={ids.input}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={8}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("code", true, !!error)}
        className={`${inputClass} tracking-[0.3em]`}
      />
      <FieldError name="code" message={error} />
    </div>
  );
}
