import type pg from "pg";
import { SQL_NOW } from "../database/sql-time";

/**
 * Deletes events older than the retention period once nothing waits to send
 * them (their deliveries go with them); pending ones stay until settled.
 */
export async function sweepWebhookMessages(sql: pg.Pool, retentionDays: number): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "WebhookMessage" m
      WHERE m."createdAt" < ${SQL_NOW} - make_interval(days => $1)
        AND NOT EXISTS (SELECT 1 FROM "WebhookDelivery" d
                         WHERE d."messageId" = m.id AND d.status = 'PENDING')`,
    [retentionDays],
  );
  return rowCount ?? 0;
}
