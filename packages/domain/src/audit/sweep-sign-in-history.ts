import type pg from "pg";
import { SQL_NOW } from "../database/sql-time";

/** The audit events that make up a guest's sign-in history. */
export const SIGN_IN_HISTORY_ACTIONS = ["guest.signed_in", "guest.signed_up"];

/**
 * Deletes guests' sign-in history older than their tenant's retention period;
 * tenants that set none keep it. Operators' changes are never swept here.
 */
export async function sweepSignInHistory(sql: pg.Pool): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "AuditEvent" e USING "Tenant" t
      WHERE t.id = e."tenantId" AND t."signInHistoryRetentionDays" IS NOT NULL
        AND e."actorType" = 'GUEST_USER' AND e.action = ANY($1::text[])
        AND e."createdAt" < ${SQL_NOW} - make_interval(days => t."signInHistoryRetentionDays")`,
    [SIGN_IN_HISTORY_ACTIONS],
  );
  return rowCount ?? 0;
}
