import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { randomSecret } from "../crypto/random-secret";
import type { PrismaClient } from "../database/prisma-client";
import { API_KEY_PUBLIC_FIELDS, sha256 } from "./api-key-fields";
import { ZCreateApiKeyInput, type TCreateApiKeyInput } from "./api-key-schemas";

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
      select: API_KEY_PUBLIC_FIELDS,
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
