import type { PrismaClient } from "../database/prisma-client";
import type { Tenant } from "../generated/prisma/client";
import { signingKeysFingerprint } from "./signing-keys";

/** The tenant by its slug, for the hosted server (public pages: no operator involved). */
export function findTenantBySlug(prisma: PrismaClient, slug: string): Promise<Tenant | null> {
  return prisma.tenant.findUnique({ where: { slug } });
}

/**
 * Changes whenever what a tenant's OIDC provider is built from changes: the
 * tenant itself, its attributes (the claims it can issue), its signing keys.
 */
export async function providerFingerprint(prisma: PrismaClient, tenant: Tenant): Promise<string> {
  const attributes = await prisma.userAttribute.aggregate({
    where: { tenantId: tenant.id },
    _count: true,
    _max: { updatedAt: true },
  });
  const keys = await signingKeysFingerprint(prisma, tenant.id);
  return [
    tenant.updatedAt.getTime(),
    attributes._count,
    attributes._max.updatedAt?.getTime(),
    keys,
  ].join("|");
}
