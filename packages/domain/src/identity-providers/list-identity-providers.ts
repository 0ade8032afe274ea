import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

/** Never returns a secret: only whether one is set. */
export async function listIdentityProviders(prisma: PrismaClient, access: TenantAccess) {
  const providers = await prisma.identityProvider.findMany({
    where: { tenantId: access.tenant.id },
    include: { userFlows: { select: { userFlow: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return providers.map(({ clientSecretEncrypted, userFlows, ...provider }) => ({
    ...provider,
    hasClientSecret: !!clientSecretEncrypted,
    usedBy: userFlows.map((entry) => entry.userFlow.name),
  }));
}
