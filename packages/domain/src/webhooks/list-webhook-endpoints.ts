import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { WEBHOOK_ENDPOINT_FIELDS, type WebhookEndpointView } from "./webhook-endpoint-view";

export function listWebhookEndpoints(
  prisma: PrismaClient,
  access: TenantAccess,
): Promise<WebhookEndpointView[]> {
  return prisma.webhookEndpoint.findMany({
    where: { tenantId: access.tenant.id },
    select: WEBHOOK_ENDPOINT_FIELDS,
    orderBy: { createdAt: "asc" },
  });
}
