import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { API_KEY_PUBLIC_FIELDS } from "./api-key-fields";

export type ApiKeyState = "ACTIVE" | "REVOKED" | "EXPIRED";

export async function listApiKeys(prisma: PrismaClient, access: TenantAccess) {
  const keys = await prisma.apiKey.findMany({
    where: { tenantId: access.tenant.id },
    select: API_KEY_PUBLIC_FIELDS,
    orderBy: { createdAt: "desc" },
  });
  const now = Date.now();
  return keys.map((key) => {
    const state: ApiKeyState = key.revokedAt
      ? "REVOKED"
      : key.expiresAt && key.expiresAt.getTime() <= now
        ? "EXPIRED"
        : "ACTIVE";
    return { ...key, state };
  });
}
