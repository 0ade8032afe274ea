import type pg from "pg";
import type { TenantAccess } from "../access/tenant-access";
import { insertAuditEvent } from "./insert-audit-event";
import type { AuditEventInput } from "./record-audit-event";

/** An operator's or API key's action, recorded on the SQL transaction that makes it. */
export function insertAccessAuditEvent(
  sql: pg.ClientBase,
  access: TenantAccess,
  event: Pick<AuditEventInput, "action" | "targetType" | "targetId" | "details">,
): Promise<void> {
  return insertAuditEvent(sql, {
    tenantId: access.tenant.id,
    actorType: access.actor.type,
    actorId: access.actor.id,
    ...event,
  });
}
