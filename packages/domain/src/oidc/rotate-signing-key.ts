import type { PrismaClient } from "../database/prisma-client";
import { notifyTenantChanged } from "../database/tenant-change-notifications";
import type { SigningKeyPolicy } from "./signing-key-policy";
import { createSigningKey, withSigningKeyLock } from "./signing-keys";

/**
 * Publishes a new signing key now; it starts signing after the policy's
 * activation delay, once every instance publishes it, and the current one then
 * stays published until its tokens expire. Asking again while a rotation is
 * pending returns the pending key: a double run never skips a key.
 */
export async function rotateSigningKey(
  prisma: PrismaClient,
  tenantId: string,
  encryptionKey: string,
  policy: SigningKeyPolicy,
  now = new Date(),
): Promise<{ kid: string; activatesAt: Date; signingKid: string | null }> {
  return withSigningKeyLock(prisma, tenantId, async (tx) => {
    const [active, pending] = await Promise.all([
      tx.signingKey.findFirst({ where: { tenantId, state: "ACTIVE" } }),
      tx.signingKey.findFirst({ where: { tenantId, state: "NEXT" } }),
    ]);
    const next =
      pending ??
      (await createSigningKey(
        tx,
        tenantId,
        encryptionKey,
        "NEXT",
        new Date(now.getTime() + policy.activationSeconds * 1000),
      ));
    if (!pending) await notifyTenantChanged(tx, tenantId);
    return { kid: next.kid, activatesAt: next.activateAfter!, signingKid: active?.kid ?? null };
  });
}
