import type pg from "pg";
import { insertAuditEvent } from "../audit/insert-audit-event";
import { fromEpoch, SQL_NOW } from "../database/sql-time";
import { recordEmail } from "../email/send-email";
import { escapeHtml } from "../web-security/escape-html";
import type { WebhookDeliverySettings } from "./deliver-webhook-chain";

export const DISABLED_AFTER_FAILURES =
  "Turned off by Guestlist: every delivery failed for a day (the retries of an event ran out with no event delivered since it was created).";

/**
 * An event was given up after a day of retries: when nothing at all reached
 * the endpoint since that event was created, the receiver is gone or broken,
 * so the endpoint is turned off (new events are no longer queued for it) and
 * the tenant's owners are told, in the transaction that gave the event up.
 */
export async function disableFailingEndpoint(
  sql: pg.PoolClient,
  settings: Pick<WebhookDeliverySettings, "email" | "adminUrl">,
  endpointId: string,
  givenUpEventCreatedAt: number,
): Promise<void> {
  const { rows } = await sql.query<{
    tenantId: string;
    url: string;
    slug: string;
    name: string;
  }>(
    `UPDATE "WebhookEndpoint" e
        SET enabled = false, "disabledAt" = ${SQL_NOW}, "disabledReason" = $3, "updatedAt" = ${SQL_NOW}
       FROM "Tenant" t
      WHERE e.id = $1 AND t.id = e."tenantId" AND e.enabled
        AND (e."lastSuccessAt" IS NULL OR e."lastSuccessAt" < ${fromEpoch("$2")})
      RETURNING e."tenantId", e.url, t.slug, t.name`,
    [endpointId, givenUpEventCreatedAt, DISABLED_AFTER_FAILURES],
  );
  const endpoint = rows[0];
  if (!endpoint) return;
  await insertAuditEvent(sql, {
    tenantId: endpoint.tenantId,
    actorType: "SYSTEM",
    action: "webhookEndpoint.disabled",
    targetType: "WebhookEndpoint",
    targetId: endpointId,
    details: { reason: DISABLED_AFTER_FAILURES },
  });
  const { rows: owners } = await sql.query<{ email: string }>(
    `SELECT o.email FROM "TenantMembership" m JOIN "Operator" o ON o.id = m."operatorId"
      WHERE m."tenantId" = $1 AND m.role = 'OWNER'`,
    [endpoint.tenantId],
  );
  const page = settings.adminUrl
    ? `${settings.adminUrl.replace(/\/+$/, "")}/t/${endpoint.slug}/webhooks/${endpointId}`
    : null;
  const summary = `Guestlist turned off the webhook endpoint ${endpoint.url} in ${endpoint.name}: its deliveries failed for a day. Events are no longer queued for it. Fix the receiver, then enable the endpoint again and redeliver the failed events from its delivery log.`;
  for (const owner of owners)
    await recordEmail(sql, settings.email, {
      tenantId: endpoint.tenantId,
      to: owner.email,
      subject: `A webhook endpoint in ${endpoint.name} was turned off`,
      text: summary + (page ? `\n\n${page}` : ""),
      html:
        `<p>${escapeHtml(summary)}</p>` +
        (page ? `<p><a href="${escapeHtml(page)}">Open the endpoint</a></p>` : ""),
    });
}
