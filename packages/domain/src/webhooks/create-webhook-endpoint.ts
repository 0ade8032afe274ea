import { randomUUID } from "node:crypto";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { endpointSummary, WEBHOOK_ENDPOINT_FIELDS } from "./webhook-endpoint-view";
import { ZWebhookEndpointInput, type TWebhookEndpointInput } from "./webhook-schemas";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/** Registers a receiver; its signing secret is returned this once, and only its sealed form is kept. */
export async function createWebhookEndpoint(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  input: TWebhookEndpointInput,
) {
  assertCan(access, "webhooks.manage");
  const data = ZWebhookEndpointInput.parse(input);
  const tenantId = access.tenant.id;
  // The id is needed for the secret's encryption context before the row exists.
  const id = randomUUID();
  const secret = newWebhookSecret();
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        id,
        tenantId,
        ...data,
        secretEncrypted: sealWebhookSecret(secret, encryptionKey, tenantId, id),
      },
      select: WEBHOOK_ENDPOINT_FIELDS,
    });
    await recordChange(tx, access, {
      action: "webhookEndpoint.created",
      targetType: "WebhookEndpoint",
      targetId: id,
      after: endpointSummary(data),
    });
    return { endpoint, secret };
  });
}
