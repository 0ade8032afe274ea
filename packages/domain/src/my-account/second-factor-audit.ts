import type pg from "pg";
import { insertAuditEvent } from "../audit/insert-audit-event";
import type { AccountHolder } from "./account-holder";

/** The person changed their own second factors: the audit event, in the change's transaction. */
export function recordSecondFactorChange(
  sql: pg.PoolClient,
  holder: AccountHolder,
  action:
    "guest.second_factor_added" | "guest.second_factor_removed" | "guest.recovery_codes_renewed",
  details: Record<string, string>,
): Promise<void> {
  return insertAuditEvent(sql, {
    tenantId: holder.tenantId,
    actorType: "GUEST_USER",
    actorId: holder.guestUserId,
    action,
    targetType: "GuestUser",
    targetId: holder.guestUserId,
    details,
    ip: holder.requestIp,
  });
}
