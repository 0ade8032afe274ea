import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { queueWebhookChain } from "./deliver-webhook-chain";
import { sqlPool } from "../database/sql-pool";
import {
  endpointOfTenant,
  endpointSummary,
  WEBHOOK_ENDPOINT_FIELDS,
  WEBHOOK_ENDPOINT_NOT_FOUND,
} from "./webhook-endpoint-view";
import { ZWebhookEndpointInput, type TWebhookEndpointInput } from "./webhook-schemas";

/**
 * Replaces an endpoint's address, description, events and switch. Turning it
 * back on restarts the delivery of the events that waited while it was off.
 */
export async function updateWebhookEndpoint(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TWebhookEndpointInput,
) {
  assertCan(access, "webhooks.manage");
  const data = ZWebhookEndpointInput.parse(input);
  const tenantId = access.tenant.id;
  const before = await endpointOfTenant(prisma, tenantId, id);
  const updated = await prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id, tenantId },
      data: {
        ...data,
        ...(data.enabled
          ? {
              disabledReason: null,
              disabledAt: null,
              ...(before.enabled ? {} : { failingSince: null }),
            }
          : before.enabled
            ? { disabledReason: "Turned off by an admin.", disabledAt: new Date() }
            : {}),
      },
    });
    if (count !== 1) throw new AppError("not_found", WEBHOOK_ENDPOINT_NOT_FOUND);
    await recordChange(tx, access, {
      action: "webhookEndpoint.updated",
      targetType: "WebhookEndpoint",
      targetId: id,
      before: endpointSummary(before),
      after: endpointSummary(data),
    });
    return tx.webhookEndpoint.findFirstOrThrow({
      where: { id, tenantId },
      select: WEBHOOK_ENDPOINT_FIELDS,
    });
  });
  if (data.enabled && !before.enabled) await resumeWaitingEvents(tenantId, id);
  return updated;
}

async function resumeWaitingEvents(tenantId: string, endpointId: string): Promise<void> {
  const sql = sqlPool();
  const { rows } = await sql.query<{ subject: string }>(
    `SELECT DISTINCT m.subject FROM "WebhookDelivery" d JOIN "WebhookMessage" m ON m.id = d."messageId"
      WHERE d."tenantId" = $1 AND d."endpointId" = $2 AND d.status = 'PENDING'`,
    [tenantId, endpointId],
  );
  for (const { subject } of rows) await queueWebhookChain(sql, endpointId, subject);
}
