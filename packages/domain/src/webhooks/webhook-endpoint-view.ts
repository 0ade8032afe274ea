import type { PrismaClient } from "../database/prisma-client";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors/app-error";

export const WEBHOOK_ENDPOINT_NOT_FOUND = "There is no such webhook endpoint in this tenant.";

/** What the portal and the API show of an endpoint: never its secrets. */
export const WEBHOOK_ENDPOINT_FIELDS = {
  id: true,
  url: true,
  description: true,
  eventTypes: true,
  enabled: true,
  disabledReason: true,
  disabledAt: true,
  previousSecretExpiresAt: true,
  failingSince: true,
  lastSuccessAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.WebhookEndpointSelect;

export type WebhookEndpointView = Prisma.WebhookEndpointGetPayload<{
  select: typeof WEBHOOK_ENDPOINT_FIELDS;
}>;

export async function endpointOfTenant(
  prisma: PrismaClient | Prisma.TransactionClient,
  tenantId: string,
  id: string,
): Promise<WebhookEndpointView> {
  const endpoint = /^[0-9a-f-]{36}$/i.test(id)
    ? await prisma.webhookEndpoint.findFirst({
        where: { id, tenantId },
        select: WEBHOOK_ENDPOINT_FIELDS,
      })
    : null;
  if (!endpoint) throw new AppError("not_found", WEBHOOK_ENDPOINT_NOT_FOUND);
  return endpoint;
}

/** What an endpoint's audit records keep of it. */
export const endpointSummary = (endpoint: {
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
}) => ({
  url: endpoint.url,
  description: endpoint.description,
  eventTypes: endpoint.eventTypes,
  enabled: endpoint.enabled,
});
