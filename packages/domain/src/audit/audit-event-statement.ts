import { v7 as uuidv7 } from "uuid";
import { SQL_NOW } from "../database/sql-time";
import { webhookEventsOfAudit } from "../webhooks/webhook-events-of-audit";
import { webhookEventsParameter, webhookOutboxSql } from "../webhooks/webhook-outbox";
import type { AuditEventInput } from "./record-audit-event";

/**
 * One statement that records an audit event and, when the action is one an
 * integrator can subscribe to, queues its webhook events: whichever client
 * runs it (a Prisma transaction or a pg connection), the event and its
 * webhooks commit or roll back with the change.
 */
export function auditEventStatement(event: AuditEventInput): { text: string; values: unknown[] } {
  const values: unknown[] = [
    uuidv7(),
    event.tenantId,
    event.actorType,
    event.actorId ?? null,
    event.action,
    event.targetType ?? null,
    event.targetId ?? null,
    JSON.stringify(event.details ?? {}),
    event.ip ?? null,
  ];
  const insert = `INSERT INTO "AuditEvent"
       (id, "tenantId", "actorType", "actorId", action, "targetType", "targetId", details, ip, "createdAt")
     VALUES ($1::uuid, $2::uuid, $3::"AuditActorType", $4, $5, $6, $7, $8::jsonb, $9, ${SQL_NOW})`;
  const events = webhookEventsOfAudit(event.action, event.details);
  if (events.length === 0 || !event.tenantId || !event.targetId) return { text: insert, values };
  values.push(webhookEventsParameter(events));
  const text = `WITH audit AS (${insert} RETURNING id),
  ${webhookOutboxSql({ tenant: "$2::uuid", targetType: "$6", targetId: "$7", events: "$10" })}`;
  return { text, values };
}
