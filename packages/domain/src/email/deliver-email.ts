import type pg from "pg";
import { Resend } from "resend";
import { decryptSecret } from "../crypto/secret-box";
import { SQL_NOW } from "../database/sql-time";
import { createLogger } from "../logging/logger";
import { guestlistMetrics } from "../metrics/guestlist-metrics";
import { emailBodyContext, type EmailSettings } from "./send-email";

const log = createLogger("email");

/** Resend's answers that another attempt can change; any other refusal is final. */
const TRANSIENT_FAILURES = new Set([
  "rate_limit_exceeded",
  "application_error",
  "internal_server_error",
  "concurrent_idempotent_requests",
]);

export interface DeliveryAttempt {
  attempt: number;
  maxAttempts: number;
  /** After this, the message is given up instead of sent (a code that has expired). */
  deliverBefore?: Date;
}

/** A failure that is worth another attempt: the job queue retries it later. */
export class EmailDeliveryDeferred extends Error {}

interface StoredEmail {
  id: string;
  to: string;
  subject: string;
  status: string;
  bodyEncrypted: string | null;
}

/**
 * Hands an outbox message to Resend: the background job behind recordEmail.
 * Resend's idempotency key is the message id, so a retry after a lost answer
 * cannot send it twice. Without a Resend key the message stays in the outbox
 * as CAPTURED and is printed, so that a developer can read it.
 */
export async function deliverEmail(
  sql: pg.Pool,
  settings: EmailSettings,
  messageId: string,
  delivery: DeliveryAttempt,
): Promise<void> {
  try {
    await attemptDelivery(sql, settings, messageId, delivery);
  } catch (error) {
    if (error instanceof EmailDeliveryDeferred || delivery.attempt < delivery.maxAttempts)
      throw error;
    // The last attempt failed for a reason of our own (a key, the database): the message is
    // settled as failed rather than left pending, and the reason goes to the log.
    await giveUp(sql, messageId, "delivery failed; see the hosted app's log");
    log.error("email not sent, given up", { messageId, attempt: delivery.attempt, error });
  }
}

async function giveUp(sql: pg.Pool, messageId: string, reason: string): Promise<void> {
  await sql.query(
    `UPDATE "EmailMessage" SET status = 'FAILED', attempts = attempts + 1, "lastError" = $2,
            "bodyEncrypted" = NULL
      WHERE id = $1 AND status = 'PENDING'`,
    [messageId, reason],
  );
  guestlistMetrics().emailDeliveries.inc({ result: "failed" });
}

async function attemptDelivery(
  sql: pg.Pool,
  settings: EmailSettings,
  messageId: string,
  { attempt, maxAttempts, deliverBefore }: DeliveryAttempt,
): Promise<void> {
  const {
    rows: [email],
  } = await sql.query<StoredEmail>(
    `SELECT id, "to", subject, status, "bodyEncrypted" FROM "EmailMessage" WHERE id = $1`,
    [messageId],
  );
  // Deleted with its tenant, or already settled by an earlier attempt.
  if (!email?.bodyEncrypted || (email.status !== "PENDING" && email.status !== "CAPTURED")) return;
  if (email.status === "PENDING" && deliverBefore && deliverBefore.getTime() <= Date.now()) {
    await giveUp(sql, email.id, "not sent before it expired");
    log.warn("email expired before it could be sent", { messageId: email.id, attempt });
    return;
  }
  const body = JSON.parse(
    decryptSecret(email.bodyEncrypted, settings.encryptionKey, emailBodyContext(email.id)),
  ) as { text: string; html: string };

  const deliveries = guestlistMetrics().emailDeliveries;
  if (email.status === "CAPTURED" || !settings.resendApiKey) {
    deliveries.inc({ result: "captured" });
    process.stdout.write(
      `\n[email, not sent: RESEND_API_KEY is not set] to ${email.to}: ${email.subject}\n${body.text}\n\n`,
    );
    return;
  }

  const { data, error } = await new Resend(settings.resendApiKey).emails.send(
    { from: settings.from, to: email.to, subject: email.subject, ...body },
    { idempotencyKey: `guestlist-email-${email.id}` },
  );
  if (data && !error) {
    await sql.query(
      `UPDATE "EmailMessage" SET status = 'SENT', attempts = attempts + 1, "providerMessageId" = $2,
              "sentAt" = ${SQL_NOW}, "bodyEncrypted" = NULL, "lastError" = NULL
        WHERE id = $1 AND status = 'PENDING'`,
      [email.id, data.id],
    );
    deliveries.inc({ result: "sent" });
    return;
  }

  const reason = error?.message ?? "no response from Resend";
  const retry = (!error || TRANSIENT_FAILURES.has(error.name)) && attempt < maxAttempts;
  await sql.query(
    `UPDATE "EmailMessage" SET status = $2::"EmailStatus", attempts = attempts + 1, "lastError" = $3,
            "bodyEncrypted" = CASE WHEN $4 THEN "bodyEncrypted" END
      WHERE id = $1 AND status = 'PENDING'`,
    [email.id, retry ? "PENDING" : "FAILED", reason, retry],
  );
  deliveries.inc({ result: retry ? "retry" : "failed" });
  if (!retry) {
    log.error("email not sent, given up", { messageId: email.id, attempt, reason });
    return;
  }
  log.warn("email not sent, will retry", { messageId: email.id, attempt, reason });
  throw new EmailDeliveryDeferred(`email ${email.id} not sent: ${reason}`);
}
