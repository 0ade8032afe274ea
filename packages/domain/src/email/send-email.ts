import { v7 as uuidv7 } from "uuid";
import type pg from "pg";
import { encryptSecret } from "../crypto/secret-box";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { enqueueJob } from "../jobs/job-queue";
import { isSingleAddress, singleLineHeader } from "./email-safety";

export interface EmailSettings {
  /** Without a key, messages are captured in the outbox and printed: development only. */
  resendApiKey?: string;
  from: string;
  encryptionKey: string;
}

export interface OutgoingEmail {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What an outbox message's body is bound to when encrypted. */
export const emailBodyContext = (id: string) => `email-body:${id}`;

export const DELIVER_EMAIL_TASK = "deliver-email";
/**
 * Attempts before a message is given up: with graphile-worker's backoff
 * (e^attempt seconds) the last one runs about half an hour after the first,
 * which outlasts a provider's short outage while a one-time code in it is
 * still worth delivering.
 */
export const EMAIL_DELIVERY_ATTEMPTS = 8;

/**
 * Records the message in the outbox and queues its delivery, in the caller's
 * transaction when it passes one: a code's email exists, and is sent, only if
 * the step that issued the code committed. The recipient must be one plain
 * address and the subject one line, whatever tenant or user text went into
 * them; HTML bodies escape such text where they are written (escapeHtml). The
 * body (which may hold a one-time code) is stored encrypted and erased once sent.
 * A message that is useless after a moment (a code that expires) names that
 * moment as `deliverBefore`: no retry sends it later.
 */
export async function recordEmail(
  sql: pg.Pool | pg.PoolClient,
  settings: EmailSettings,
  outgoing: OutgoingEmail,
  options: { deliverBefore?: Date } = {},
): Promise<string> {
  if (!isSingleAddress(outgoing.to))
    throw new AppError("invalid_input", "That is not an email address we can send to.");
  // The id is chosen here: the encrypted body is bound to it, and one insert writes both.
  const id = uuidv7();
  const body = JSON.stringify({ text: outgoing.text, html: outgoing.html });
  await sql.query(
    `INSERT INTO "EmailMessage" (id, "tenantId", "to", subject, status, "bodyEncrypted", "sendAfter", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, ${SQL_NOW}, ${SQL_NOW})`,
    [
      id,
      outgoing.tenantId,
      outgoing.to,
      singleLineHeader(outgoing.subject),
      settings.resendApiKey ? "PENDING" : "CAPTURED",
      encryptSecret(body, settings.encryptionKey, emailBodyContext(id)),
    ],
  );
  await enqueueJob(
    sql,
    DELIVER_EMAIL_TASK,
    { messageId: id, deliverBefore: options.deliverBefore?.toISOString() },
    { maxAttempts: EMAIL_DELIVERY_ATTEMPTS },
  );
  return id;
}
