import type pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { SQL_NOW } from "../database/sql-time";
import type { AuditEventInput } from "./record-audit-event";

/**
 * recordAuditEvent for the journey's SQL transactions (database/sql-pool.ts):
 * one insert on the caller's connection, so the event commits with its change.
 */
export async function insertAuditEvent(sql: pg.ClientBase, event: AuditEventInput): Promise<void> {
  await sql.query(
    `INSERT INTO "AuditEvent"
       (id, "tenantId", "actorType", "actorId", action, "targetType", "targetId", details, ip, "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${SQL_NOW})`,
    [
      uuidv7(),
      event.tenantId,
      event.actorType,
      event.actorId ?? null,
      event.action,
      event.targetType ?? null,
      event.targetId ?? null,
      JSON.stringify(event.details ?? {}),
      event.ip ?? null,
    ],
  );
}
