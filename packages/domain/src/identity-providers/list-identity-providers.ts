import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { certificateExpiry } from "../saml/certificate-expiry";

/** Never returns a secret: only whether one is set. */
export async function listIdentityProviders(prisma: PrismaClient, access: TenantAccess) {
  const providers = await prisma.identityProvider.findMany({
    where: { tenantId: access.tenant.id },
    include: {
      userFlows: { select: { userFlow: { select: { name: true } } } },
      domains: { select: { domain: true }, orderBy: { domain: "asc" } },
    },
    orderBy: { createdAt: "asc" },
  });
  return providers.map(({ clientSecretEncrypted, userFlows, domains, ...provider }) => ({
    ...provider,
    hasClientSecret: !!clientSecretEncrypted,
    usedBy: userFlows.map((entry) => entry.userFlow.name),
    emailDomains: domains.map((entry) => entry.domain),
    samlCertificateExpiries: provider.samlCertificates.map(certificateExpiry),
  }));
}
