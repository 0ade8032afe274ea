import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { Prisma } from "../generated/prisma/client";
import { endGuestSessions } from "./end-guest-sessions";
import { guestsOfTenant } from "./guests-of-tenant";
import type { TGuestUserIds } from "./guest-schemas";

/**
 * Deletes users and erases what the tenant held about them: identities,
 * consents, terms acceptances, sessions and tokens, their journeys (with the
 * codes and connector calls of those), the emails to them or naming them,
 * their invitations, interactions that name them, and their personal data in
 * the audit log (the events stay, with their details and addresses erased).
 * What remains is one audit event per user with no personal data. One
 * transaction: erased entirely, or not at all.
 */
export async function deleteGuestUsers(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TGuestUserIds,
): Promise<{ deleted: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const guests = await guestsOfTenant(tx, access, input);
    const ids = guests.map((guest) => guest.id);
    await endGuestSessions(tx, access.tenant.id, ids);
    const tenantId = access.tenant.id;
    const emails = guests.map((guest) => guest.email);
    const journeys = {
      tenantId,
      OR: [{ guestUserId: { in: ids } }, { email: { in: emails } }],
    };
    await tx.apiConnectorCall.deleteMany({ where: { tenantId, journey: journeys } });
    await tx.journey.deleteMany({ where: journeys });
    await tx.otpChallenge.deleteMany({ where: { tenantId, email: { in: emails } } });
    await tx.guestInvitation.deleteMany({ where: { tenantId, email: { in: emails } } });
    await eraseMentions(tx, tenantId, ids, emails);
    await tx.guestUser.deleteMany({ where: { tenantId: access.tenant.id, id: { in: ids } } });
    for (const guest of guests)
      await recordChange(tx, access, {
        action: "guestUser.deleted",
        targetType: "GuestUser",
        targetId: guest.id,
        before: { status: guest.status },
      });
    return { deleted: guests.length };
  });
}

/**
 * Rows that mention the users without belonging to them: emails naming them
 * (an approver's notice), interactions with their address as login hint or
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
  await tx.$executeRaw`
    DELETE FROM "OidcArtifact"
     WHERE "tenantId" = ${tenantId}::uuid AND ${mentions(Prisma.sql`payload::text`)}`;
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET details = '{"erased": true}'::jsonb, ip = NULL
     WHERE "tenantId" = ${tenantId}::uuid
       AND ("targetId" = ANY(${ids}::text[]) OR "actorId" = ANY(${ids}::text[])
            OR ${mentions(Prisma.sql`details::text`)})`;
}
