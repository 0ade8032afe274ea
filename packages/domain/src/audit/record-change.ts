import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import { recordAuditEvent } from "./record-audit-event";

/** An operator's or API key's change, for the tenant's audit log: what, on which object, before and after. */
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
}
