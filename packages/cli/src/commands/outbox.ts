import { createPrismaClient } from "@guestlist/domain/database";
import { readCapturedEmails } from "@guestlist/domain/email";
import { openDatabase } from "../runtime/database";
import { loadLocalSecrets } from "../runtime/local-secrets";
import { say } from "../runtime/output";
import { dataDir } from "../runtime/paths";

/**
 * `guestlist outbox [address]`: the emails kept because no RESEND_API_KEY is
 * set (development), newest first, so codes can be read without a mail server.
 */
export async function outboxCommand(address: string | undefined): Promise<void> {
  const db = await openDatabase(say);
  const prisma = createPrismaClient(db.url);
  const key = loadLocalSecrets(dataDir()).GUESTLIST_ENCRYPTION_KEY;
  try {
    const messages = await readCapturedEmails(prisma, key, { to: address, limit: 20 });
    if (messages.length === 0) say("The outbox is empty.");
    for (const message of messages)
      say(
        `--- ${message.createdAt.toISOString()}  to ${message.to}\n${message.subject}\n\n${message.text ?? "(body erased)"}\n`,
      );
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}
