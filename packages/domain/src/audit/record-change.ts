import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import { notifyTenantChanged } from "../database/tenant-change-notifications";
import { recordAuditEvent } from "./record-audit-event";

/**
 * An operator's or API key's change, for the tenant's audit log: what, on
 * which object, before and after. Written in the change's transaction, it also
 * tells every instance the tenant changed once that transaction commits.
 */
export async function recordChange(
  prisma: PrismaClient | Prisma.TransactionClient,
  access: TenantAccess,
  change: {
    action: string;
    targetType: string;
    targetId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await recordAuditEvent(prisma, {
    tenantId: access.tenant.id,
    actorType: access.actor.type,
    actorId: access.actor.id,
    action: change.action,
    targetType: change.targetType,
    targetId: change.targetId,
    details: JSON.parse(
      JSON.stringify({ before: change.before ?? null, after: change.after ?? null }),
    ) as Prisma.InputJsonValue,
  });
  await notifyTenantChanged(prisma, access.tenant.id);
}
