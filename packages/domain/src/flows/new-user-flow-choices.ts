import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
/** What the "New user flow" form offers: the tenant's enabled identity providers and its attributes. */
export async function newUserFlowChoices(prisma: PrismaClient, access: TenantAccess) {
  const tenantId = access.tenant.id;
  const [identityProviders, attributes] = await Promise.all([
    prisma.identityProvider.findMany({
      where: { tenantId, enabled: true },
      orderBy: { displayName: "asc" },
    }),
    prisma.userAttribute.findMany({
      where: { tenantId },
      orderBy: [{ builtIn: "desc" }, { name: "asc" }],
    }),
  ]);
  return { identityProviders, attributes };
}
