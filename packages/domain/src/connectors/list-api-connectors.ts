import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

/** Connectors of the tenant without their secrets: only whether each is set. */
export async function listApiConnectors(prisma: PrismaClient, access: TenantAccess) {
  const connectors = await prisma.apiConnector.findMany({
    where: { tenantId: access.tenant.id },
    include: { userFlows: { select: { step: true, userFlow: { select: { name: true } } } } },
    orderBy: { displayName: "asc" },
  });
  return connectors.map(
    ({
      basicPasswordEncrypted,
      certificateEncrypted,
      certificatePasswordEncrypted: _certificatePassword,
      userFlows,
      ...connector
    }) => ({
      ...connector,
      hasBasicPassword: !!basicPasswordEncrypted,
      hasCertificate: !!certificateEncrypted,
      usedBy: userFlows.map((entry) => ({ flow: entry.userFlow.name, step: entry.step })),
    }),
  );
}
