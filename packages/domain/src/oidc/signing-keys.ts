import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import type { Prisma, PrismaClient } from "../database/prisma-client";
import { notifyTenantChanged } from "../database/tenant-change-notifications";
import type { SigningKeyState } from "../generated/prisma/enums";
import type { SigningKeyPolicy } from "./signing-key-policy";
import { PREVIOUS_KEY_GRACE_SECONDS } from "./token-lifetimes";

const ALGORITHM = "RS256";
const DAY_MS = 24 * 60 * 60 * 1000;

/** What a signing key's private half is bound to when encrypted. */
export const signingKeyContext = (tenantId: string, kid: string) =>
  `signing-key:${tenantId}:${kid}`;

/**
 * Runs `change` in a transaction holding the tenant's signing-key lock: every
 * instance decides about keys one at a time, so a tenant never gets two active
 * keys or two next ones.
 */
export function withSigningKeyLock<T>(
  prisma: PrismaClient,
  tenantId: string,
  change: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`signing-keys:${tenantId}`}, 0))`;
    return change(tx);
  });
}

export async function createSigningKey(
  tx: Prisma.TransactionClient,
  tenantId: string,
  encryptionKey: string,
  state: Extract<SigningKeyState, "ACTIVE" | "NEXT">,
  activateAfter: Date | null,
) {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, {
    extractable: true,
    modulusLength: 2048,
  });
  const kid = randomUUID();
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM, use: "sig" };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: "sig" };
  return tx.signingKey.create({
    data: {
      tenantId,
      kid,
      algorithm: ALGORITHM,
      publicJwk,
      privateJwkEncrypted: encryptSecret(
        JSON.stringify(privateJwk),
        encryptionKey,
        signingKeyContext(tenantId, kid),
      ),
      state,
      activateAfter,
    },
  });
}

/**
 * Moves the tenant's keys along their lifecycle, once, whichever instance
 * asks first: the first key is created on first use; a next key whose time has
 * come starts signing and the one it replaces stays published until the last
 * token it signed has expired, then retires; and when the signing key has
 * signed for the rotation period, the next one is published. Every instance
 * calls it before it (re)builds or re-checks a tenant's provider.
 */
export async function maintainSigningKeys(
  prisma: PrismaClient,
  tenantId: string,
  encryptionKey: string,
  policy: SigningKeyPolicy,
  now = new Date(),
): Promise<void> {
  await withSigningKeyLock(prisma, tenantId, async (tx) => {
    const keys = await tx.signingKey.findMany({
      where: { tenantId, state: { in: ["ACTIVE", "NEXT"] } },
      orderBy: { createdAt: "asc" },
    });
    const actives = keys.filter((key) => key.state === "ACTIVE");
    let active = actives.at(-1);
    const next = keys.find((key) => key.state === "NEXT");
    let changed = false;

    // Two active keys came from instances racing before this lock existed: the newest signs.
    if (actives.length > 1) {
      await tx.signingKey.updateMany({
        where: { id: { in: actives.slice(0, -1).map((key) => key.id) } },
        data: {
          state: "PREVIOUS",
          retireAfter: new Date(now.getTime() + PREVIOUS_KEY_GRACE_SECONDS * 1000),
        },
      });
      changed = true;
    }

    if (!active && !next) {
      active = await createSigningKey(tx, tenantId, encryptionKey, "ACTIVE", now);
      changed = true;
    } else if (next && (!active || next.activateAfter!.getTime() <= now.getTime())) {
      await tx.signingKey.updateMany({
        where: { tenantId, state: "ACTIVE" },
        data: {
          state: "PREVIOUS",
          retireAfter: new Date(now.getTime() + PREVIOUS_KEY_GRACE_SECONDS * 1000),
        },
      });
      active = await tx.signingKey.update({
        where: { id: next.id },
        data: { state: "ACTIVE", activateAfter: now },
      });
      changed = true;
    } else if (active && !next && policy.rotationDays > 0) {
      const signingSince = (active.activateAfter ?? active.createdAt).getTime();
      if (signingSince + policy.rotationDays * DAY_MS <= now.getTime()) {
        await createSigningKey(
          tx,
          tenantId,
          encryptionKey,
          "NEXT",
          new Date(now.getTime() + policy.activationSeconds * 1000),
        );
        changed = true;
      }
    }

    const { count: retired } = await tx.signingKey.updateMany({
      where: { tenantId, state: "PREVIOUS", retireAfter: { lte: now } },
      data: { state: "RETIRED" },
    });
    if (changed || retired > 0) await notifyTenantChanged(tx, tenantId);
  });
}

/** Published keys in the order oidc-provider wants them: the one that signs first, then the next, then the previous ones. */
async function publishedKeys(prisma: PrismaClient, tenantId: string) {
  const keys = await prisma.signingKey.findMany({
    where: { tenantId, state: { in: ["ACTIVE", "NEXT", "PREVIOUS"] } },
    orderBy: { createdAt: "desc" },
  });
  const order: SigningKeyState[] = ["ACTIVE", "NEXT", "PREVIOUS"];
  return keys.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
}

/** Private JWKs for oidc-provider, which signs with the first and publishes them all. */
export async function loadSigningJwks(
  prisma: PrismaClient,
  tenantId: string,
  encryptionKey: string,
): Promise<JWK[]> {
  return (await publishedKeys(prisma, tenantId)).map(
    (key) =>
      JSON.parse(
        decryptSecret(key.privateJwkEncrypted, encryptionKey, signingKeyContext(tenantId, key.kid)),
      ) as JWK,
  );
}

/** Changes whenever the published keys or the one that signs change; the hosted server rebuilds a tenant's provider on change. */
export async function signingKeysFingerprint(
  prisma: PrismaClient,
  tenantId: string,
): Promise<string> {
  return (await publishedKeys(prisma, tenantId)).map((key) => `${key.kid}:${key.state}`).join(",");
}
