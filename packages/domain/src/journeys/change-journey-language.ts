import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { isLocale } from "../i18n/locales";

/**
 * The language picker: the journey's pages and emails switch to a language
 * its flow offers, in whatever step the person is. Anything else (a language
 * the flow does not offer, another tenant's journey, an expired one) changes
 * nothing. Returns whether it changed.
 */
export async function changeJourneyLanguage(
  input: { tenantSlug: string; uid: string; locale: string },
  pool: pg.Pool = sqlPool(),
): Promise<boolean> {
  if (!isLocale(input.locale)) return false;
  const { rowCount } = await pool.query(
    `UPDATE "Journey" j SET locale = $3, "updatedAt" = ${SQL_NOW}
       FROM "Tenant" t, "UserFlow" f
      WHERE j."interactionId" = $1 AND t.id = j."tenantId" AND t.slug = $2
        AND f.id = j."userFlowId" AND f."tenantId" = j."tenantId" AND $3 = ANY (f.languages)
        AND j."expiresAt" > ${SQL_NOW} AND j.state <> 'COMPLETED'`,
    [input.uid, input.tenantSlug, input.locale],
  );
  return rowCount === 1;
}
