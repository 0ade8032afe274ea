import { z } from "zod";
import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

export const ZAuditFilter = z.object({
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(100).optional(),
  before: z.string().datetime().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditFilter = z.input<typeof ZAuditFilter>;

/** The tenant's audit log, newest first, with who did it; keyset-paged by `before`. */
export async function listAuditEvents(
  prisma: PrismaClient,
  access: TenantAccess,
  filter: TAuditFilter = {},
) {
  const { action, targetType, before, limit } = ZAuditFilter.parse(filter);
  const events = await prisma.auditEvent.findMany({
    where: {
      tenantId: access.tenant.id,
      ...(action ? { action: { contains: action } } : {}),
      ...(targetType ? { targetType } : {}),
      ...(before ? { createdAt: { lt: new Date(before) } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  const operatorIds = [
    ...new Set(
      events.filter((e) => e.actorType === "OPERATOR" && e.actorId).map((e) => e.actorId!),
    ),
  ];
  const operators = await prisma.operator.findMany({
    where: { id: { in: operatorIds } },
    select: { id: true, email: true },
  });
  const emails = new Map(operators.map((operator) => [operator.id, operator.email]));
  return events.map((event) => ({
    id: event.id,
    at: event.createdAt.toISOString(),
    actor:
      event.actorType === "OPERATOR"
        ? (emails.get(event.actorId ?? "") ?? "a removed operator")
        : event.actorType.toLowerCase().replace("_", " "),
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: event.details,
  }));
}
