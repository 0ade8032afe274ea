import type pg from "pg";
import { SQL_NOW } from "../database/sql-time";

/**
 * Deletes outbox messages older than the retention period once they are
 * settled (sent, given up, or captured in development); a message still
 * waiting for a retry stays.
 */
export async function sweepEmailOutbox(sql: pg.Pool, retentionDays: number): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "EmailMessage"
      WHERE status <> 'PENDING' AND "createdAt" < ${SQL_NOW} - make_interval(days => $1)`,
    [retentionDays],
  );
  return rowCount ?? 0;
}
