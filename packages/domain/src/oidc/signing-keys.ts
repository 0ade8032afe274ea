import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { PREVIOUS_KEY_GRACE_SECONDS } from "./token-lifetimes";

const ALGORITHM = "RS256";
/** What a signing key's private half is bound to when encrypted. */
export const signingKeyContext = (tenantId: string, kid: string) =>
  `signing-key:${tenantId}:${kid}`;

async function createKey(prisma: PrismaClient, tenantId: string, encryptionKey: string) {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, {
    extractable: true,
    modulusLength: 2048,
  });
  const kid = randomUUID();
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM, use: "sig" };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: "sig" };
  return prisma.signingKey.create({
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
      state: "ACTIVE",
    },
  });
}

/** The tenant's signing key, created on first use. */
export async function ensureSigningKey(
  prisma: PrismaClient,
  tenantId: string,
  encryptionKey: string,
): Promise<void> {
  const active = await prisma.signingKey.findFirst({ where: { tenantId, state: "ACTIVE" } });
  if (!active) await createKey(prisma, tenantId, encryptionKey);
}

/**
 * Makes a new key the one that signs; the old one stays published (PREVIOUS)
 * until every token it signed has expired, so relying parties that cached the
 * JWKS keep validating them.
 */
export async function rotateSigningKey(
  prisma: PrismaClient,
  tenantId: string,
  encryptionKey: string,
): Promise<{ kid: string; previousKids: string[] }> {
  const retireAfter = new Date(Date.now() + PREVIOUS_KEY_GRACE_SECONDS * 1000);
  const previous = await prisma.signingKey.findMany({ where: { tenantId, state: "ACTIVE" } });
  const created = await createKey(prisma, tenantId, encryptionKey);
  await prisma.signingKey.updateMany({
    where: { tenantId, id: { in: previous.map((key) => key.id) } },
    data: { state: "PREVIOUS", retireAfter },
  });
  return { kid: created.kid, previousKids: previous.map((key) => key.kid) };
}

/**
 * Private JWKs for oidc-provider: the active key first (it signs), then the
 * previous ones still within their grace period (published for verification).
 * Expired previous keys are marked RETIRED on the way.
 */
export async function loadSigningJwks(
  prisma: PrismaClient,
  tenantId: string,
  encryptionKey: string,
): Promise<JWK[]> {
  const now = new Date();
  await prisma.signingKey.updateMany({
    where: { tenantId, state: "PREVIOUS", retireAfter: { lte: now } },
    data: { state: "RETIRED" },
  });
  const keys = await prisma.signingKey.findMany({
    where: { tenantId, state: { in: ["ACTIVE", "PREVIOUS"] } },
    orderBy: { createdAt: "desc" },
  });
  const ordered = [
    ...keys.filter((key) => key.state === "ACTIVE"),
    ...keys.filter((key) => key.state === "PREVIOUS"),
  ];
  return ordered.map(
    (key) =>
      JSON.parse(
        decryptSecret(key.privateJwkEncrypted, encryptionKey, signingKeyContext(tenantId, key.kid)),
      ) as JWK,
  );
}

/** Changes whenever the published key set changes; the hosted server rebuilds a tenant's provider on change. */
export async function signingKeysFingerprint(
  prisma: PrismaClient,
  tenantId: string,
): Promise<string> {
  const keys = await prisma.signingKey.findMany({
    where: {
      tenantId,
      OR: [{ state: "ACTIVE" }, { state: "PREVIOUS", retireAfter: { gt: new Date() } }],
    },
    select: { kid: true },
    orderBy: { kid: "asc" },
  });
  return keys.map((key) => key.kid).join(",");
}
