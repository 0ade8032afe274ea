import { Resend } from "resend";
import { v7 as uuidv7 } from "uuid";
import { encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { AppError } from "../errors/app-error";
import { createLogger } from "../logging/logger";
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

const log = createLogger("email");
/** What an outbox message's body is bound to when encrypted. */
export const emailBodyContext = (id: string) => `email-body:${id}`;

/** An outbox message, recorded, waiting to be handed to Resend. */
export interface RecordedEmail extends OutgoingEmail {
  id: string;
}

/**
 * Records the message in the outbox, in the caller's transaction when it
 * passes one: a code's email exists only if the step that issued the code
 * committed. The recipient must be one plain address and the subject one line,
 * whatever tenant or user text went into them; HTML bodies escape such text
 * where they are written (escapeHtml). The body (which may hold a one-time
 * code) is stored encrypted and erased once sent.
 */
export async function recordEmail(
  sql: pg.Pool | pg.PoolClient,
  settings: EmailSettings,
  outgoing: OutgoingEmail,
): Promise<RecordedEmail> {
  if (!isSingleAddress(outgoing.to))
    throw new AppError("invalid_input", "That is not an email address we can send to.");
  const email = { ...outgoing, subject: singleLineHeader(outgoing.subject) };
  // The id is chosen here: the encrypted body is bound to it, and one insert writes both.
  const id = uuidv7();
  const body = JSON.stringify({ text: email.text, html: email.html });
  await sql.query(
    `INSERT INTO "EmailMessage" (id, "tenantId", "to", subject, status, "bodyEncrypted", "sendAfter", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, ${SQL_NOW}, ${SQL_NOW})`,
    [
      id,
      email.tenantId,
      email.to,
      email.subject,
      settings.resendApiKey ? "PENDING" : "CAPTURED",
      encryptSecret(body, settings.encryptionKey, emailBodyContext(id)),
    ],
  );
  return { ...email, id };
}

/** Records the message in the outbox, then sends it (see recordEmail and deliverEmail). */
export async function sendEmail(
  prisma: PrismaClient,
  settings: EmailSettings,
  outgoing: OutgoingEmail,
): Promise<void> {
  await deliverEmail(prisma, settings, await recordEmail(sqlPool(), settings, outgoing));
}

/**
 * Sends a recorded message through Resend. With no Resend key the message
 * stays in the outbox as CAPTURED and is printed, so that a developer can read it.
 */
export async function deliverEmail(
  prisma: PrismaClient,
  settings: EmailSettings,
  email: RecordedEmail,
): Promise<void> {
  const { id } = email;
  if (!settings.resendApiKey) {
    process.stdout.write(
      `\n[email, not sent: RESEND_API_KEY is not set] to ${email.to}: ${email.subject}\n${email.text}\n\n`,
    );
    return;
  }

  const resend = new Resend(settings.resendApiKey);
  const { data, error } = await resend.emails.send({
    from: settings.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
  });
  if (error || !data) {
    await prisma.emailMessage.update({
      where: { id },
      data: {
        status: "FAILED",
        attempts: { increment: 1 },
        lastError: error?.message ?? "no response",
      },
    });
    log.error("email not sent", { messageId: id, reason: error?.message });
    throw new AppError(
      "dependency_failed",
      "We could not send the email just now. Please try again in a moment.",
    );
  }
  await prisma.emailMessage.update({
    where: { id },
    data: {
      status: "SENT",
      attempts: { increment: 1 },
      providerMessageId: data.id,
      sentAt: new Date(),
      bodyEncrypted: null,
    },
  });
}
