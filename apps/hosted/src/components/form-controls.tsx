import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

export function fieldIds(name: string) {
  return { input: `field-${name}`, hint: `field-${name}-hint`, error: `field-${name}-error` };
}

export function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  const ids = fieldIds(name);
  return [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  const t = useTranslations("common");
  if (!message) return null;
  return (
    <p id={fieldIds(name).error} className="mt-1 text-sm font-medium text-red-700">
      <span className="sr-only">{t("errorPrefix")} </span>
      {message}
    </p>
  );
}

/** Listed at the top, linking to each field: how a screen-reader user learns what to fix. */
export function ErrorSummary({
  errors,
  labels,
}: {
  errors: Record<string, string>;
  labels: Record<string, string>;
}) {
  const t = useTranslations("common");
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-lg border-2 border-red-700 p-4"
      tabIndex={-1}
    >
      <h2 id="error-summary-title" className="font-semibold text-red-800">
        {t("problemTitle")}
      </h2>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a className="text-red-800 underline" href={`#${fieldIds(name).input}`}>
              {labels[name] ? `${labels[name]}: ` : ""}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-4 rounded-lg bg-sky-50 p-3 text-sm text-sky-900">
      {children}
    </p>
  );
}

export const button =
  "inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-medium focus-visible:outline-3";

export function PrimaryButton({
  children,
  name,
  value,
}: {
  children: ReactNode;
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`${button} w-full bg-[var(--brand)] text-white hover:opacity-90`}
    >
      {children}
    </button>
  );
}

export function SecondaryButton({
  children,
  name,
  value,
}: {
  children: ReactNode;
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`${button} w-full border border-[var(--brand)] bg-white text-[var(--brand)]`}
    >
      {children}
    </button>
  );
}

/** A form whose only job is one button that reads like a link ("Create one", "Use another email"). */
export function LinkButton({
  action,
  children,
}: {
  action: () => Promise<void>;
  children: ReactNode;
}) {
  return (
    <form action={action} className="inline">
      <button
        type="submit"
        className="font-medium text-[var(--brand)] underline underline-offset-2"
      >
        {children}
      </button>
    </form>
  );
}

export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2 text-base read-only:bg-slate-100 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";
