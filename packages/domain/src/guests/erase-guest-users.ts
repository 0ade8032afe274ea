import { Prisma } from "../generated/prisma/client";
import { endGuestSessions } from "./end-guest-sessions";

/**
 * Deletes the users and erases what the tenant held about them, in the
 * caller's transaction (their current and former addresses): identities,
 * consents, terms acceptances, codes,
 * sessions and tokens, their journeys (with the codes and connector calls of
 * those), the emails to them or naming them, their invitations, interactions
 * that name them, and their personal data in the audit log (the events stay,
 * with their details and addresses erased). The caller records the deletion.
 */
export async function eraseGuestUsers(
  tx: Prisma.TransactionClient,
  tenantId: string,
  guests: { id: string; email: string }[],
): Promise<void> {
  const ids = guests.map((guest) => guest.id);
  const former = await tx.guestUser.findMany({
    where: { tenantId, id: { in: ids } },
    select: { formerEmails: true },
  });
  const emails = [
    ...new Set([
      ...guests.map((guest) => guest.email),
      ...former.flatMap((guest) => guest.formerEmails),
    ]),
  ];
  await endGuestSessions(tx, tenantId, ids);
  const journeys = {
    tenantId,
    OR: [{ guestUserId: { in: ids } }, { email: { in: emails } }],
  };
  await tx.apiConnectorCall.deleteMany({ where: { tenantId, journey: journeys } });
  await tx.journey.deleteMany({ where: journeys });
  await tx.otpChallenge.deleteMany({
    where: { tenantId, OR: [{ email: { in: emails } }, { guestUserId: { in: ids } }] },
  });
  await tx.guestInvitation.deleteMany({ where: { tenantId, email: { in: emails } } });
  await eraseMentions(tx, tenantId, ids, emails);
  await tx.guestUser.deleteMany({ where: { tenantId, id: { in: ids } } });
}

/**
 * Rows that mention the users without belonging to them: emails naming them
 * (an approver's notice), webhook events about them, interactions with their address as login hint or
 * their account, and audit events about them or naming them, whose details
 * and IP address are erased while the event itself stays.
 */
async function eraseMentions(
  tx: Prisma.TransactionClient,
  tenantId: string,
  ids: string[],
  emails: string[],
): Promise<void> {
  const mentions = (column: Prisma.Sql) => Prisma.sql`(
    EXISTS (SELECT 1 FROM unnest(${emails}::text[]) e WHERE strpos(lower(${column}), e) > 0)
    OR EXISTS (SELECT 1 FROM unnest(${ids}::text[]) i WHERE strpos(${column}, i) > 0))`;
  await tx.$executeRaw`
    DELETE FROM "EmailMessage"
     WHERE "tenantId" = ${tenantId}::uuid
       AND (lower("to") = ANY(${emails}::text[]) OR ${mentions(Prisma.sql`subject`)})`;
  // Webhook events about them, sent or waiting: the deletion's own event is written after this.
  await tx.$executeRaw`
    DELETE FROM "WebhookMessage"
     WHERE "tenantId" = ${tenantId}::uuid AND ${mentions(Prisma.sql`payload::text`)}`;
  await tx.$executeRaw`
    DELETE FROM "OidcArtifact"
     WHERE "tenantId" = ${tenantId}::uuid AND ${mentions(Prisma.sql`payload::text`)}`;
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET details = '{"erased": true}'::jsonb, ip = NULL
     WHERE "tenantId" = ${tenantId}::uuid
       AND ("targetId" = ANY(${ids}::text[]) OR "actorId" = ANY(${ids}::text[])
            OR ${mentions(Prisma.sql`details::text`)})`;
}
