import { v7 as uuidv7 } from "uuid";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { insertAccessAuditEvent } from "../audit/insert-access-audit-event";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { queueWebhookChain } from "./deliver-webhook-chain";
import { WEBHOOK_ENDPOINT_NOT_FOUND } from "./webhook-endpoint-view";
import { WEBHOOK_TEST_EVENT } from "./webhook-schemas";

/**
 * Queues a "webhook.test" event for one endpoint, signed and retried like any
 * other; its outcome appears in the endpoint's delivery log.
 */
export async function sendTestWebhook(
  access: TenantAccess,
  endpointId: string,
): Promise<{ messageId: string }> {
  assertCan(access, "webhooks.manage");
  const tenantId = access.tenant.id;
  const messageId = uuidv7();
  return withSqlTransaction(sqlPool(), async (sql) => {
    const { rows } = await sql.query<{ enabled: boolean }>(
      `SELECT enabled FROM "WebhookEndpoint" WHERE id::text = $1 AND "tenantId" = $2`,
      [endpointId, tenantId],
    );
    if (!rows[0]) throw new AppError("not_found", WEBHOOK_ENDPOINT_NOT_FOUND);
    if (!rows[0].enabled)
      throw new AppError("conflict", "This endpoint is turned off: enable it to send events.");
    const payload = {
      type: WEBHOOK_TEST_EVENT,
      timestamp: new Date().toISOString(),
      data: { endpointId, tenant: access.tenant.slug, message: "A test event from Guestlist." },
    };
    await sql.query(
      `INSERT INTO "WebhookMessage" (id, "tenantId", "eventType", subject, payload, "createdAt")
       VALUES ($1, $2, $3, $4, $5::jsonb, ${SQL_NOW})`,
      [messageId, tenantId, WEBHOOK_TEST_EVENT, endpointId, JSON.stringify(payload)],
    );
    await sql.query(
      `INSERT INTO "WebhookDelivery" (id, "tenantId", "messageId", "endpointId", "nextAttemptAt", "createdAt")
       VALUES (gen_random_uuid(), $1, $2, $3, ${SQL_NOW}, ${SQL_NOW})`,
      [tenantId, messageId, endpointId],
    );
    await queueWebhookChain(sql, endpointId, endpointId);
    await insertAccessAuditEvent(sql, access, {
      action: "webhookEndpoint.tested",
      targetType: "WebhookEndpoint",
      targetId: endpointId,
      details: { messageId },
    });
    return { messageId };
  });
}
