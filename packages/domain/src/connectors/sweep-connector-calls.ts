import type pg from "pg";
import { SQL_NOW } from "../database/sql-time";

/** Deletes the connector call log's entries older than the retention period. */
export async function sweepConnectorCalls(sql: pg.Pool, retentionDays: number): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "ApiConnectorCall" WHERE "createdAt" < ${SQL_NOW} - make_interval(days => $1)`,
    [retentionDays],
  );
  return rowCount ?? 0;
}
