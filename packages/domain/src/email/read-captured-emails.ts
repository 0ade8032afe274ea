import { decryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { normalizeEmail } from "../validation/email-address";
import { emailBodyContext } from "./send-email";

/**
 * The emails kept in the outbox because no Resend key is set (development),
 * newest first, with their text bodies opened, so a developer can read codes
 * and links without a mail server. A sent message's body is erased: it reads null.
 */
export async function readCapturedEmails(
  prisma: PrismaClient,
  encryptionKey: string,
  filter: { to?: string; limit: number },
) {
  const messages = await prisma.emailMessage.findMany({
    where: { status: "CAPTURED", ...(filter.to ? { to: normalizeEmail(filter.to) } : {}) },
    // Ids are UUIDv7, ordered as written: they settle messages recorded in the same millisecond.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit,
  });
  return messages.map((message) => ({
    createdAt: message.createdAt,
    to: message.to,
    subject: message.subject,
    text: message.bodyEncrypted
      ? (
          JSON.parse(
            decryptSecret(message.bodyEncrypted, encryptionKey, emailBodyContext(message.id)),
          ) as { text: string }
        ).text
      : null,
  }));
}
