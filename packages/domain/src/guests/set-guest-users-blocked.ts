import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { endGuestSessions } from "./end-guest-sessions";
import { guestsOfTenant } from "./guests-of-tenant";
import type { TGuestUserIds } from "./guest-schemas";

/**
 * Blocks users: they cannot sign in, and their sessions and tokens stop
 * working at once. Unblocking lets a blocked user sign in again; it restores no session.
 */
export async function setGuestUsersBlocked(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TGuestUserIds,
  blocked: boolean,
): Promise<{ changed: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const guests = await guestsOfTenant(tx, access, input);
    const target = blocked ? "BLOCKED" : "ACTIVE";
    // Unblocking restores a blocked account only: it never approves one that waits or was declined.
    const changing = guests.filter((guest) =>
      blocked ? guest.status !== "BLOCKED" : guest.status === "BLOCKED",
    );
    const ids = changing.map((guest) => guest.id);
    await tx.guestUser.updateMany({
      where: { tenantId: access.tenant.id, id: { in: ids } },
      data: { status: target },
    });
    if (blocked)
      await endGuestSessions(
        tx,
        access.tenant.id,
        guests.map((guest) => guest.id),
      );
    for (const guest of changing)
      await recordChange(tx, access, {
        action: blocked ? "guestUser.blocked" : "guestUser.unblocked",
        targetType: "GuestUser",
        targetId: guest.id,
        before: { status: guest.status },
        after: { status: target },
      });
    return { changed: changing.length };
  });
}
