import type pg from "pg";
import { sqlPool } from "../database/sql-pool";

/**
 * Records that an assertion signed someone in, until it expires: true the
 * first time, false for a replay. One insert decides between parallel posts
 * of the same response.
 */
export async function claimSamlAssertion(
  tenantId: string,
  assertionId: string,
  expiresAt: Date,
  pool: pg.Pool = sqlPool(),
): Promise<boolean> {
  const { rowCount } = await pool.query(
    `INSERT INTO "SamlAssertionUse" ("tenantId", "assertionId", "expiresAt")
     VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [tenantId, assertionId, expiresAt],
  );
  return rowCount === 1;
}
