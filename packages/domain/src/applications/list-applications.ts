import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

export async function listApplications(prisma: PrismaClient, access: TenantAccess) {
  return prisma.application.findMany({
    where: { tenantId: access.tenant.id },
    include: { userFlow: { select: { id: true, name: true } } },
    orderBy: { name: "asc" },
  });
}
