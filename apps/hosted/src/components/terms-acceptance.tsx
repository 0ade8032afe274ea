import type { InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import type { CurrentTerms } from "@guestlist/domain/terms";
import { TERMS_FIELD as FIELD } from "@guestlist/domain/terms/schemas";
import { FieldError, describedBy, fieldIds } from "./form-controls";

/** Where a version's text is: its own address, or its page on the hosted app. */
export function termsHref(tenantSlug: string, terms: CurrentTerms): string {
  return terms.url ?? `/${tenantSlug}/terms/${terms.versionId}`;
}

/**
 * The flow's terms, each a link (opening in a new tab, so the form keeps
 * what was typed), and one required box whose value names the versions shown.
 */
export function TermsAcceptance({
  tenantSlug,
  terms,
  error,
  input,
}: {
  tenantSlug: string;
  terms: CurrentTerms[];
  error?: string;
  /** react-hook-form's registration on the sign-up form; a plain form needs none. */
  input?: InputHTMLAttributes<HTMLInputElement>;
}) {
  const t = useTranslations("termsStep");
  const common = useTranslations("common");
  const ids = fieldIds(FIELD);
  return (
    <fieldset className="rounded-lg border border-slate-300 p-4">
      <legend className="px-1 font-medium">{t("legend")}</legend>
      <ul id={ids.hint} className="mb-3 list-disc space-y-1 pl-5 text-sm">
        {terms.map((entry) => (
          <li key={entry.versionId}>
            <a
              href={termsHref(tenantSlug, entry)}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-[var(--brand)] underline underline-offset-2"
            >
              {entry.title}
              <span className="sr-only"> {common("opensInNewTab")}</span>
            </a>{" "}
            <span className="text-slate-600">{t("version", { version: entry.version })}</span>
          </li>
        ))}
      </ul>
      <div className="flex items-start gap-3">
        <input
          id={ids.input}
          type="checkbox"
          name={FIELD}
          value={terms.map((entry) => entry.versionId).join(" ")}
          className="mt-1 h-5 w-5"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(FIELD, true, !!error)}
          aria-required
          {...input}
        />
        <label htmlFor={ids.input}>{t("accept", { count: terms.length })}</label>
      </div>
      <FieldError name={FIELD} message={error} />
    </fieldset>
  );
}
