import { createHash, timingSafeEqual } from "node:crypto";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { randomSecret } from "../crypto/random-secret";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZCreateApiKeyInput, type TCreateApiKeyInput } from "./api-key-schemas";

const KEY_FORMAT = /^(gl_[A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/;
/** How stale lastUsedAt may get before a request writes it again. */
const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (text: string) => createHash("sha256").update(text).digest();

const PUBLIC_FIELDS = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

export type ApiKeyState = "ACTIVE" | "REVOKED" | "EXPIRED";

export async function listApiKeys(prisma: PrismaClient, access: TenantAccess) {
  const keys = await prisma.apiKey.findMany({
    where: { tenantId: access.tenant.id },
    select: PUBLIC_FIELDS,
    orderBy: { createdAt: "desc" },
  });
  const now = Date.now();
  return keys.map((key) => ({
    ...key,
    state: (key.revokedAt
      ? "REVOKED"
      : key.expiresAt && key.expiresAt.getTime() <= now
        ? "EXPIRED"
        : "ACTIVE") satisfies ApiKeyState as ApiKeyState,
  }));
}

/**
 * Creates a key for the admin REST API. The returned `key` is the only time
 * the secret exists outside the caller: only its SHA-256 is stored.
 */
export async function createApiKey(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TCreateApiKeyInput,
) {
  assertCan(access, "apiKeys.manage");
  const data = ZCreateApiKeyInput.parse(input);
  const prefix = `gl_${randomSecret(9)}`;
  const secret = randomSecret(32);
  const apiKey = await prisma.$transaction(async (tx) => {
    const apiKey = await tx.apiKey.create({
      data: {
        tenantId: access.tenant.id,
        name: data.name,
        role: data.role,
        prefix,
        secretHash: sha256(secret).toString("hex"),
        createdById: access.actor.type === "OPERATOR" ? access.actor.id : null,
        expiresAt: data.expiresInDays
          ? new Date(Date.now() + data.expiresInDays * 24 * 60 * 60 * 1000)
          : null,
      },
      select: PUBLIC_FIELDS,
    });
    await recordChange(tx, access, {
      action: "apiKey.created",
      targetType: "ApiKey",
      targetId: apiKey.id,
      after: { name: data.name, role: data.role, prefix, expiresAt: apiKey.expiresAt },
    });
    return apiKey;
  });
  return { apiKey, key: `${prefix}_${secret}` };
}

export async function revokeApiKey(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "apiKeys.manage");
  const apiKey = await prisma.apiKey.findFirst({ where: { id, tenantId: access.tenant.id } });
  if (!apiKey) throw new AppError("not_found", "There is no such API key in this tenant.");
  if (apiKey.revokedAt) return;
  await prisma.$transaction(async (tx) => {
    await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordChange(tx, access, {
      action: "apiKey.revoked",
      targetType: "ApiKey",
      targetId: id,
      before: { name: apiKey.name, prefix: apiKey.prefix },
    });
  });
}

const UNAUTHENTICATED = "The API key is missing, malformed, revoked or expired.";

/**
 * The tenant access an API key grants, from the `Authorization: Bearer` value.
 * Every failure reads the same, so a caller learns nothing about which keys exist.
 */
export async function authenticateApiKey(
  prisma: PrismaClient,
  presented: string,
): Promise<TenantAccess & { apiKey: { id: string; prefix: string } }> {
  const match = KEY_FORMAT.exec(presented.trim());
  if (!match) throw new AppError("unauthenticated", UNAUTHENTICATED);
  const [, prefix, secret] = match as unknown as [string, string, string];
  const apiKey = await prisma.apiKey.findUnique({ where: { prefix }, include: { tenant: true } });
  const expected = apiKey ? Buffer.from(apiKey.secretHash, "hex") : sha256("");
  const matches = timingSafeEqual(sha256(secret), expected);
  if (
    !apiKey ||
    !matches ||
    apiKey.revokedAt ||
    (apiKey.expiresAt && apiKey.expiresAt.getTime() <= Date.now())
  )
    throw new AppError("unauthenticated", UNAUTHENTICATED);
  if (!apiKey.lastUsedAt || Date.now() - apiKey.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
    await prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date() } });
  return {
    tenant: apiKey.tenant,
    role: apiKey.role,
    actor: { type: "API_KEY", id: apiKey.id },
    apiKey: { id: apiKey.id, prefix },
  };
}
