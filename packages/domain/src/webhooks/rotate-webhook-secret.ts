import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { WEBHOOK_ENDPOINT_NOT_FOUND } from "./webhook-endpoint-view";
import { newWebhookSecret, PREVIOUS_SECRET_HOURS, sealWebhookSecret } from "./webhook-secret";

/**
 * A new signing secret, returned this once. For PREVIOUS_SECRET_HOURS every
 * message is signed with both, so the receiver can switch at any moment in
 * between without refusing one. One conditional write: parallel rotations
 * each keep the secret they replaced as the previous one.
 */
export async function rotateWebhookSecret(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  id: string,
): Promise<{ secret: string; previousSecretExpiresAt: Date }> {
  assertCan(access, "webhooks.manage");
  const tenantId = access.tenant.id;
  const secret = newWebhookSecret();
  const sealed = sealWebhookSecret(secret, encryptionKey, tenantId, id);
  const previousSecretExpiresAt = new Date(Date.now() + PREVIOUS_SECRET_HOURS * 3600 * 1000);
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$executeRaw`
      UPDATE "WebhookEndpoint"
         SET "previousSecretEncrypted" = "secretEncrypted", "secretEncrypted" = ${sealed},
             "previousSecretExpiresAt" = ${previousSecretExpiresAt}, "updatedAt" = ${new Date()}
       WHERE id = ${id}::uuid AND "tenantId" = ${tenantId}::uuid`;
    if (rows !== 1) throw new AppError("not_found", WEBHOOK_ENDPOINT_NOT_FOUND);
    await recordChange(tx, access, {
      action: "webhookEndpoint.secretRotated",
      targetType: "WebhookEndpoint",
      targetId: id,
      after: { previousSecretExpiresAt },
    });
  });
  return { secret, previousSecretExpiresAt };
}
