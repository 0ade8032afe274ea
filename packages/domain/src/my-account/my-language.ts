import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { DEFAULT_LOCALE, isLocale, SUPPORTED_LOCALES, type Locale } from "../i18n/locales";
import { negotiateLocale, type LanguagePreferences } from "../i18n/negotiate-locale";
import type { AccountHolder } from "./account-holder";
import { overridesOf } from "../i18n/text";
import { accountUserFlowId } from "./account-user-flow";

/**
 * The account page's language: the person's own (set by their last sign-in or
 * the page's picker) when the account page's flow offers it, else chosen from
 * the browser as a journey's is; with the languages the picker offers and the
 * flow's own wording in that language.
 */
export async function myLanguage(
  holder: Pick<AccountHolder, "tenantId" | "guestUserId">,
  browser: LanguagePreferences,
  pool: pg.Pool = sqlPool(),
): Promise<{ locale: Locale; offered: Locale[]; overrides: Record<string, string> }> {
  const flowId = await accountUserFlowId(holder.tenantId, pool);
  const { rows } = await pool.query<{
    locale: string | null;
    languages: string[] | null;
    defaultLocale: string | null;
    strings: unknown;
  }>(
    `SELECT g.locale, f.languages, f."defaultLocale", f.strings
       FROM "GuestUser" g LEFT JOIN "UserFlow" f ON f.id = $3 AND f."tenantId" = g."tenantId"
      WHERE g.id = $1 AND g."tenantId" = $2`,
    [holder.guestUserId, holder.tenantId, flowId],
  );
  const row = rows[0];
  const offered = (row?.languages ?? SUPPORTED_LOCALES).filter(isLocale);
  const locale = negotiateLocale(
    { uiLocales: row?.locale ?? null, ...browser },
    { languages: offered, defaultLocale: row?.defaultLocale ?? DEFAULT_LOCALE },
  );
  return { locale, offered, overrides: overridesOf(row?.strings, locale) };
}
