import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { eraseGuestUsers } from "./erase-guest-users";
import { guestsOfTenant } from "./guests-of-tenant";
import type { TGuestUserIds } from "./guest-schemas";

/**
 * An admin deletes users: everything the tenant held about them is erased
 * (eraseGuestUsers), and what remains is one audit event per user with no
 * personal data. One transaction: erased entirely, or not at all.
 */
export async function deleteGuestUsers(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TGuestUserIds,
): Promise<{ deleted: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const guests = await guestsOfTenant(tx, access, input);
    await eraseGuestUsers(tx, access.tenant.id, guests);
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
