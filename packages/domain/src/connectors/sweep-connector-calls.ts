import type pg from "pg";
import { SQL_NOW } from "../database/sql-time";

/**
 * Deletes the connector call log's entries older than each tenant's retention
 * period, or the instance's default where the tenant set none.
 */
export async function sweepConnectorCalls(sql: pg.Pool, defaultDays: number): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "ApiConnectorCall" c USING "Tenant" t
      WHERE t.id = c."tenantId"
        AND c."createdAt" < ${SQL_NOW} - make_interval(days => coalesce(t."connectorCallRetentionDays", $1))`,
    [defaultDays],
  );
  return rowCount ?? 0;
}
