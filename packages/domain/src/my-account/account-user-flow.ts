import type pg from "pg";
import { sqlPool } from "../database/sql-pool";

/**
 * The user flow people sign in through to reach their account page: the one
 * the tenant chose, else the enabled flow most applications use (the oldest
 * on a tie), else the oldest enabled flow. Null when the tenant has none.
 */
export async function accountUserFlowId(
  tenantId: string,
  pool: pg.Pool = sqlPool(),
): Promise<string | null> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT f.id FROM "UserFlow" f
       LEFT JOIN "Tenant" t ON t.id = f."tenantId"
      WHERE f."tenantId" = $1 AND f.enabled
      ORDER BY (f.id = t."accountUserFlowId") DESC,
               (SELECT count(*) FROM "Application" a
                 WHERE a."tenantId" = $1 AND a."userFlowId" = f.id) DESC,
               f."createdAt", f.id
      LIMIT 1`,
    [tenantId],
  );
  return rows[0]?.id ?? null;
}
