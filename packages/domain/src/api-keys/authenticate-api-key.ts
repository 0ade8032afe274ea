import { timingSafeEqual } from "node:crypto";
import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { API_KEY_FORMAT, sha256 } from "./api-key-fields";

/** How stale lastUsedAt may get before a request writes it again. */
const LAST_USED_RESOLUTION_MS = 60_000;

const UNAUTHENTICATED = "The API key is missing, malformed, revoked or expired.";

/**
 * The tenant access an API key grants, from the `Authorization: Bearer` value.
 * Every failure reads the same, so a caller learns nothing about which keys exist.
 */
export async function authenticateApiKey(
  prisma: PrismaClient,
  presented: string,
): Promise<TenantAccess & { apiKey: { id: string; prefix: string } }> {
  const match = API_KEY_FORMAT.exec(presented.trim());
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
