import { useTranslations } from "next-intl";
import { LANGUAGE_NAMES, type Locale } from "@guestlist/domain/i18n/locales";

/**
 * The flow's languages, each named in itself; choosing one and pressing the
 * button switches the journey's pages (and its emails) to it. A plain form:
 * it works without JavaScript, and the button is always there to press.
 */
export function LanguagePicker({
  current,
  offered,
  change,
  page,
}: {
  current: Locale;
  offered: Locale[];
  change: (form: FormData) => Promise<void>;
  /** Where to come back to, on pages the action does not know (the account's sections). */
  page?: string;
}) {
  const t = useTranslations("language");
  if (offered.length < 2) return null;
  return (
    <form action={change} className="flex items-center gap-2 text-sm">
      {page !== undefined ? <input type="hidden" name="page" value={page} /> : null}
      <label htmlFor="language-picker" className="sr-only">
        {t("label")}
      </label>
      <select
        id="language-picker"
        name="locale"
        defaultValue={current}
        className="min-h-11 rounded-lg border border-slate-400 bg-white px-2 py-1"
      >
        {offered.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="min-h-11 rounded-lg border border-[var(--brand)] px-3 py-1 font-medium text-[var(--brand)] focus-visible:outline-3"
      >
        {t("change")}
      </button>
    </form>
  );
}
