import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { endGuestSessions } from "./end-guest-sessions";
import { guestsOfTenant } from "./guests-of-tenant";

/** Signs a user out everywhere: every session, grant and token ends; the account stays as it is. */
export async function revokeGuestUserSessions(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
): Promise<{ sessions: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const [guest] = await guestsOfTenant(tx, access, { ids: [id] });
    const ended = await endGuestSessions(tx, access.tenant.id, [guest!.id]);
    await recordChange(tx, access, {
      action: "guestUser.sessionsRevoked",
      targetType: "GuestUser",
      targetId: id,
      after: ended,
    });
    return ended;
  });
}
