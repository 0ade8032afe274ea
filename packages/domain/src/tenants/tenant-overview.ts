import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

/** What the tenant's overview page counts. */
export async function tenantOverview(prisma: PrismaClient, access: TenantAccess) {
  const tenantId = access.tenant.id;
  const [userFlows, applications, customAttributes, guestUsers] = await Promise.all([
    prisma.userFlow.count({ where: { tenantId } }),
    prisma.application.count({ where: { tenantId } }),
    prisma.userAttribute.count({ where: { tenantId, builtIn: false } }),
    prisma.guestUser.count({ where: { tenantId } }),
  ]);
  return { userFlows, applications, customAttributes, guestUsers };
}
