import type pg from "pg";
import { auditEventStatement } from "./audit-event-statement";
import type { AuditEventInput } from "./record-audit-event";

/**
 * recordAuditEvent for the journey's SQL transactions (database/sql-pool.ts):
 * one statement on the caller's connection, so the event (and its webhooks)
 * commits with its change.
 */
export async function insertAuditEvent(sql: pg.ClientBase, event: AuditEventInput): Promise<void> {
  const { text, values } = auditEventStatement(event);
  await sql.query(text, values);
}
