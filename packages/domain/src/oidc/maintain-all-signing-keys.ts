import type { PrismaClient } from "../database/prisma-client";
import { createLogger } from "../logging/logger";
import type { SigningKeyPolicy } from "./signing-key-policy";
import { maintainSigningKeys } from "./signing-keys";

const log = createLogger("signing-keys");

/**
 * Moves every tenant's signing keys along their lifecycle: scheduled rotation
 * happens even for a tenant nobody signs in to, and a next key is published
 * on time whichever instance serves the tenant. One tenant's failure does not
 * hold up the others.
 */
export async function maintainAllSigningKeys(
  prisma: PrismaClient,
  encryptionKey: string,
  policy: SigningKeyPolicy,
): Promise<{ tenants: number; failed: number }> {
  const tenants = await prisma.tenant.findMany({ select: { id: true } });
  let failed = 0;
  for (const { id } of tenants) {
    try {
      await maintainSigningKeys(prisma, id, encryptionKey, policy);
    } catch (error) {
      failed += 1;
      log.error("signing key maintenance failed", { tenantId: id, error });
    }
  }
  return { tenants: tenants.length, failed };
}
