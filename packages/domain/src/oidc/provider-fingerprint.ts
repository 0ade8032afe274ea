import type { PrismaClient } from "../database/prisma-client";
import type { Tenant } from "../generated/prisma/client";
import type { SigningKeyPolicy } from "./signing-key-policy";
import { maintainSigningKeys, signingKeysFingerprint } from "./signing-keys";

/** The tenant by its slug, for the hosted server (public pages: no operator involved). */
export function findTenantBySlug(prisma: PrismaClient, slug: string): Promise<Tenant | null> {
  return prisma.tenant.findUnique({ where: { slug } });
}

/**
 * Changes whenever what a tenant's OIDC provider is built from changes: the
 * tenant itself, its attributes and its flows' connector claims (the claims it can issue), its signing keys
 * (moved along their lifecycle first, so a key whose time has come is seen).
 */
export async function providerFingerprint(
  prisma: PrismaClient,
  tenant: Tenant,
  keys: { encryptionKey: string; policy: SigningKeyPolicy },
): Promise<string> {
  await maintainSigningKeys(prisma, tenant.id, keys.encryptionKey, keys.policy);
  const attributes = await prisma.userAttribute.aggregate({
    where: { tenantId: tenant.id },
    _count: true,
    _max: { updatedAt: true },
  });
  // The claims the flows' token issuance connectors may add are part of the claims it can issue.
  const flows = await prisma.userFlow.findMany({
    where: { tenantId: tenant.id },
    select: { tokenConnectorClaims: true },
    orderBy: { id: "asc" },
  });
  const signingKeys = await signingKeysFingerprint(prisma, tenant.id);
  return [
    tenant.updatedAt.getTime(),
    attributes._count,
    attributes._max.updatedAt?.getTime(),
    flows.flatMap((flow) => flow.tokenConnectorClaims).join(","),
    signingKeys,
  ].join("|");
}
