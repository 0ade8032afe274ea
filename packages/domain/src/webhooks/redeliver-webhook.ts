import { assertCan, type TenantAccess } from "../access/tenant-access";
import { insertAccessAuditEvent } from "../audit/insert-access-audit-event";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { queueWebhookChain } from "./deliver-webhook-chain";

export const DELIVERY_NOT_FOUND = "There is no such delivery for this endpoint.";

/**
 * Sends a settled event (given up, or delivered and wanted again) once more,
 * with its retries afresh and the same webhook-id, so a receiver that kept it
 * can tell. One conditional write: of parallel redeliveries, one queues it.
 */
export async function redeliverWebhook(
  access: TenantAccess,
  endpointId: string,
  deliveryId: string,
): Promise<void> {
  assertCan(access, "webhooks.manage");
  const tenantId = access.tenant.id;
  await withSqlTransaction(sqlPool(), async (sql) => {
    const { rows: found } = await sql.query<{ status: string; enabled: boolean }>(
      `SELECT d.status, e.enabled FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
        WHERE d.id::text = $1 AND d."endpointId"::text = $2 AND d."tenantId" = $3`,
      [deliveryId, endpointId, tenantId],
    );
    if (!found[0]) throw new AppError("not_found", DELIVERY_NOT_FOUND);
    if (!found[0].enabled)
      throw new AppError("conflict", "This endpoint is turned off: enable it to send events.");
    const { rows } = await sql.query<{ subject: string }>(
      `UPDATE "WebhookDelivery" d
          SET status = 'PENDING', attempts = 0, "nextAttemptAt" = ${SQL_NOW}, "deliveredAt" = NULL
         FROM "WebhookMessage" m
        WHERE d.id = $1 AND d."tenantId" = $2 AND m.id = d."messageId" AND d.status <> 'PENDING'
        RETURNING m.subject`,
      [deliveryId, tenantId],
    );
    if (!rows[0]) throw new AppError("conflict", "This event is already on its way.");
    await queueWebhookChain(sql, endpointId, rows[0].subject);
    await insertAccessAuditEvent(sql, access, {
      action: "webhookEndpoint.redelivered",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { deliveryId },
    });
  });
}
