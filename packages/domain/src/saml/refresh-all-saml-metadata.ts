import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import { notifyTenantChanged } from "../database/tenant-change-notifications";
import { createLogger } from "../logging/logger";
import { refreshProviderMetadata } from "./refresh-provider-metadata";

const log = createLogger("saml");

/**
 * The daily job: every SAML provider with a metadata URL reads it again. One
 * partner's outage is logged and does not stop the others; the count of
 * failures lets the job report it.
 */
export async function refreshAllSamlMetadata(
  prisma: PrismaClient,
  options: { allowPrivateNetworks: boolean },
): Promise<{ updated: number; unchanged: number; failed: number }> {
  const providers = await prisma.identityProvider.findMany({
    where: { type: "SAML", enabled: true, discoveryUrl: { not: null } },
  });
  const counts = { updated: 0, unchanged: 0, failed: 0 };
  for (const provider of providers) {
    try {
      const outcome = await refreshProviderMetadata(
        prisma,
        provider,
        options,
        async (tx, change) => {
          await recordAuditEvent(tx, {
            tenantId: provider.tenantId,
            actorType: "SYSTEM",
            action: "identityProvider.metadataRefreshed",
            targetType: "IdentityProvider",
            targetId: provider.id,
            details: JSON.parse(JSON.stringify(change)) as Prisma.InputJsonValue,
          });
          await notifyTenantChanged(tx, provider.tenantId);
        },
      );
      counts[outcome] += 1;
      if (outcome === "updated") log.info("saml metadata updated", { provider: provider.id });
    } catch (error) {
      counts.failed += 1;
      log.warn("saml metadata refresh failed", { provider: provider.id, error });
    }
  }
  return counts;
}
