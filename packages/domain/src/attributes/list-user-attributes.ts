import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

export async function listUserAttributes(prisma: PrismaClient, access: TenantAccess) {
  const attributes = await prisma.userAttribute.findMany({
    where: { tenantId: access.tenant.id },
    include: { flowEntries: { select: { userFlow: { select: { id: true, name: true } } } } },
    orderBy: [{ builtIn: "desc" }, { name: "asc" }],
  });
  return attributes.map(({ flowEntries, ...attribute }) => ({
    ...attribute,
    usedBy: flowEntries.map((entry) => entry.userFlow),
  }));
}
