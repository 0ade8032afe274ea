import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

export async function listUserFlows(prisma: PrismaClient, access: TenantAccess) {
  return prisma.userFlow.findMany({
    where: { tenantId: access.tenant.id },
    include: { _count: { select: { applications: true, attributes: true } } },
    orderBy: { name: "asc" },
  });
}
