import type pg from "pg";
import { OutboundRequestError, postJson } from "../connectors/outbound-request";
import { withSqlTransaction } from "../database/sql-transaction";
import { SQL_NOW } from "../database/sql-time";
import type { EmailSettings } from "../email/send-email";
import { enqueueJob } from "../jobs/job-queue";
import { createLogger } from "../logging/logger";
import { guestlistMetrics, secondsSince } from "../metrics/guestlist-metrics";
import { disableFailingEndpoint } from "./disable-failing-endpoint";
import { DELIVER_WEBHOOKS_TASK, webhookChainKey } from "./webhook-outbox";
import { openWebhookSecret, webhookHeaders } from "./webhook-secret";

const log = createLogger("webhooks");

/** Standard Webhooks' schedule, trimmed to about a day: 5 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h. */
export const DEFAULT_WEBHOOK_RETRY_DELAYS = [5, 60, 300, 1800, 7200, 18000, 36000];
const ATTEMPT_TIMEOUT_MS = 15_000;
const RESPONSE_EXCERPT_BYTES = 1024;

export interface WebhookDeliverySettings {
  encryptionKey: string;
  allowPrivateNetworks: boolean;
  /** Seconds before each retry; a delivery still failing after the last is given up. */
  retryDelaysSeconds: number[];
  email: EmailSettings;
  adminUrl?: string;
}

interface DueDelivery {
  id: string;
  tenantId: string;
  messageId: string;
  attempts: number;
  due: boolean;
  dueAt: number;
  createdAt: number;
  payload: unknown;
  url: string;
  enabled: boolean;
  secretEncrypted: string;
  previousSecretEncrypted: string | null;
  previousSecretValid: boolean;
}

/** Queues the job that sends an endpoint's pending events about one subject, in order. */
export function queueWebhookChain(
  sql: pg.Pool | pg.PoolClient,
  endpointId: string,
  subject: string,
  runAt?: Date,
): Promise<void> {
  const key = webhookChainKey(endpointId, subject);
  return enqueueJob(
    sql,
    DELIVER_WEBHOOKS_TASK,
    { endpointId, subject },
    { jobKey: key, queueName: key, runAt },
  );
}

/**
 * The job behind every webhook: sends an endpoint's pending events about one
 * subject oldest first, each until it is delivered or given up, so a receiver
 * sees one guest's events in the order they happened. A failed attempt
 * schedules the next one by the retry delays and ends the run; later events
 * of the subject wait behind it. The receiver can drop repeats by webhook-id.
 */
export async function deliverWebhookChain(
  sql: pg.Pool,
  settings: WebhookDeliverySettings,
  endpointId: string,
  subject: string,
): Promise<void> {
  for (;;) {
    const delivery = await oldestPending(sql, endpointId, subject);
    // Nothing left, or the endpoint is off: its events wait until it is enabled again.
    if (!delivery || !delivery.enabled) return;
    if (!delivery.due) {
      await queueWebhookChain(sql, endpointId, subject, new Date(delivery.dueAt * 1000));
      return;
    }
    const settled = await attempt(sql, settings, endpointId, delivery);
    if (settled.retryAt) {
      await queueWebhookChain(sql, endpointId, subject, settled.retryAt);
      return;
    }
  }
}

async function oldestPending(
  sql: pg.Pool,
  endpointId: string,
  subject: string,
): Promise<DueDelivery | undefined> {
  const { rows } = await sql.query<DueDelivery>(
    `SELECT d.id, d."tenantId", d."messageId", d.attempts,
            d."nextAttemptAt" <= ${SQL_NOW} AS due,
            extract(epoch from d."nextAttemptAt")::float8 AS "dueAt",
            extract(epoch from d."createdAt")::float8 AS "createdAt",
            m.payload, e.url, e.enabled, e."secretEncrypted", e."previousSecretEncrypted",
            COALESCE(e."previousSecretExpiresAt" > ${SQL_NOW}, false) AS "previousSecretValid"
       FROM "WebhookDelivery" d
       JOIN "WebhookMessage" m ON m.id = d."messageId"
       JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
      WHERE d."endpointId" = $1 AND m.subject = $2 AND d.status = 'PENDING'
      ORDER BY m.sequence
      LIMIT 1`,
    [endpointId, subject],
  );
  return rows[0];
}

async function attempt(
  sql: pg.Pool,
  settings: WebhookDeliverySettings,
  endpointId: string,
  delivery: DueDelivery,
): Promise<{ retryAt?: Date }> {
  const open = (sealed: string) =>
    openWebhookSecret(sealed, settings.encryptionKey, delivery.tenantId, endpointId);
  const secrets = [open(delivery.secretEncrypted)];
  if (delivery.previousSecretEncrypted && delivery.previousSecretValid)
    secrets.push(open(delivery.previousSecretEncrypted));
  const body = JSON.stringify(delivery.payload);
  const started = performance.now();
  let httpStatus: number | null = null;
  let response: string;
  try {
    const answer = await postJson({
      url: delivery.url,
      body: null,
      rawBody: body,
      headers: webhookHeaders(delivery.messageId, new Date(), body, secrets),
      userAgent: "Guestlist-Webhooks/1.0",
      timeoutMs: ATTEMPT_TIMEOUT_MS,
      allowPrivateNetworks: settings.allowPrivateNetworks,
      maxResponseBytes: RESPONSE_EXCERPT_BYTES,
      oversizedResponse: "truncate",
    });
    httpStatus = answer.status;
    response = answer.text;
  } catch (error) {
    response = error instanceof OutboundRequestError ? error.message : "the request failed";
  }
  const latencyMs = Math.round(performance.now() - started);
  const delivered = httpStatus !== null && httpStatus >= 200 && httpStatus < 300;
  const retryDelay = settings.retryDelaysSeconds[delivery.attempts];
  const result = delivered ? "delivered" : retryDelay === undefined ? "failed" : "retry";
  guestlistMetrics().webhookDeliveries.observe({ result }, secondsSince(started));

  return withSqlTransaction(sql, async (tx) => {
    const { rows } = await tx.query<{ retryAt: number | null }>(
      `UPDATE "WebhookDelivery"
          SET attempts = attempts + 1, "lastAttemptAt" = ${SQL_NOW}, "lastHttpStatus" = $2,
              "lastLatencyMs" = $3, "lastResponse" = $4,
              status = $5::"WebhookDeliveryStatus",
              "deliveredAt" = CASE WHEN $5::text = 'SUCCEEDED' THEN ${SQL_NOW} END,
              "nextAttemptAt" = ${SQL_NOW} + make_interval(secs => $6)
        WHERE id = $1 AND status = 'PENDING'
        RETURNING CASE WHEN status = 'PENDING'
                       THEN extract(epoch from "nextAttemptAt")::float8 END AS "retryAt"`,
      [
        delivery.id,
        httpStatus,
        latencyMs,
        response.slice(0, RESPONSE_EXCERPT_BYTES),
        delivered ? "SUCCEEDED" : result === "failed" ? "FAILED" : "PENDING",
        retryDelay ?? 0,
      ],
    );
    // Settled meanwhile (an admin's redelivery raced this attempt): nothing more to do here.
    if (rows.length === 0) return {};
    await tx.query(
      delivered
        ? `UPDATE "WebhookEndpoint" SET "failingSince" = NULL, "lastSuccessAt" = ${SQL_NOW} WHERE id = $1`
        : `UPDATE "WebhookEndpoint" SET "failingSince" = COALESCE("failingSince", ${SQL_NOW}) WHERE id = $1`,
      [endpointId],
    );
    if (result === "failed") {
      log.warn("webhook given up", { endpoint: endpointId, delivery: delivery.id, httpStatus });
      await disableFailingEndpoint(tx, settings, endpointId, delivery.createdAt);
    }
    const retryAt = rows[0]!.retryAt;
    return retryAt === null ? {} : { retryAt: new Date(retryAt * 1000) };
  });
}
