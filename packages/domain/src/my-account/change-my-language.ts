import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { isLocale } from "../i18n/locales";
import type { AccountHolder } from "./account-holder";
import { myLanguage } from "./my-language";

/**
 * The account page's picker: the person's language becomes one the account
 * page offers; their account page and the emails sent to them later use it,
 * and their next ID token says it. Anything else changes nothing.
 */
export async function changeMyLanguage(
  holder: AccountHolder,
  locale: string,
  pool: pg.Pool = sqlPool(),
): Promise<boolean> {
  if (!isLocale(locale)) return false;
  const { offered } = await myLanguage(holder, {}, pool);
  if (!offered.includes(locale)) return false;
  const { rowCount } = await pool.query(
    `UPDATE "GuestUser" SET locale = $3, "updatedAt" = ${SQL_NOW}
      WHERE id = $1 AND "tenantId" = $2 AND status = 'ACTIVE'`,
    [holder.guestUserId, holder.tenantId, locale],
  );
  return rowCount === 1;
}
