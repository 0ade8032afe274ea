import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import {
  endpointOfTenant,
  endpointSummary,
  WEBHOOK_ENDPOINT_NOT_FOUND,
} from "./webhook-endpoint-view";

/** Removes an endpoint with its delivery log; events waiting for it are dropped. */
export async function deleteWebhookEndpoint(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
): Promise<void> {
  assertCan(access, "webhooks.manage");
  const tenantId = access.tenant.id;
  const before = await endpointOfTenant(prisma, tenantId, id);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id, tenantId } });
    if (count !== 1) throw new AppError("not_found", WEBHOOK_ENDPOINT_NOT_FOUND);
    await recordChange(tx, access, {
      action: "webhookEndpoint.deleted",
      targetType: "WebhookEndpoint",
      targetId: id,
      before: endpointSummary(before),
    });
  });
}
