import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { endGuestSessions } from "./end-guest-sessions";
import { guestsOfTenant } from "./guests-of-tenant";
import type { TGuestUserIds } from "./guest-schemas";

/**
 * Deletes users with their identities; their sessions and tokens end with
 * them, and so does what sign-in kept about them: their journeys (and the
 * codes and connector calls of those), and the emails sent to them.
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
    await tx.emailMessage.deleteMany({ where: { tenantId, to: { in: emails } } });
    await tx.guestUser.deleteMany({ where: { tenantId: access.tenant.id, id: { in: ids } } });
    for (const guest of guests)
      await recordChange(tx, access, {
        action: "guestUser.deleted",
        targetType: "GuestUser",
        targetId: guest.id,
        before: { email: guest.email, status: guest.status },
      });
    return { deleted: guests.length };
  });
}
