import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import type { WebhookDeliveryStatus } from "../generated/prisma/enums";
import { endpointOfTenant } from "./webhook-endpoint-view";

/** An endpoint's delivery log, newest first: each event's status, attempts and last answer. */
export async function listWebhookDeliveries(
  prisma: PrismaClient,
  access: TenantAccess,
  endpointId: string,
  filter: { status?: WebhookDeliveryStatus; limit?: number } = {},
) {
  const endpoint = await endpointOfTenant(prisma, access.tenant.id, endpointId);
  const rows = await prisma.webhookDelivery.findMany({
    where: { tenantId: access.tenant.id, endpointId: endpoint.id, status: filter.status },
    orderBy: { createdAt: "desc" },
    take: Math.min(filter.limit ?? 100, 500),
    include: { message: { select: { eventType: true, subject: true, payload: true } } },
  });
  return rows.map(({ message, ...delivery }) => ({
    id: delivery.id,
    messageId: delivery.messageId,
    eventType: message.eventType,
    subject: message.subject,
    payload: message.payload,
    status: delivery.status,
    attempts: delivery.attempts,
    nextAttemptAt: delivery.status === "PENDING" ? delivery.nextAttemptAt : null,
    lastAttemptAt: delivery.lastAttemptAt,
    lastHttpStatus: delivery.lastHttpStatus,
    lastLatencyMs: delivery.lastLatencyMs,
    lastResponse: delivery.lastResponse,
    deliveredAt: delivery.deliveredAt,
    createdAt: delivery.createdAt,
  }));
}
