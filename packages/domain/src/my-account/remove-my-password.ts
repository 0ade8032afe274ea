import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { AccountHolder } from "./account-holder";
import { ACCOUNT_GONE } from "./my-account-view";
import { countWaysIn, lockAccount, waysIn } from "./ways-in";

export const LAST_WAY_IN =
  "This is your only way to sign in. Add another one before you remove it.";

/**
 * Removes the account's password, never its last way in: the account's row is
 * locked, the ways left are counted, and the change and its audit event
 * commit in that transaction, so two removals cannot both leave nothing.
 */
export async function removeMyPassword(prisma: PrismaClient, holder: AccountHolder): Promise<void> {
  const { tenantId, guestUserId } = holder;
  await prisma.$transaction(async (tx) => {
    if (!(await lockAccount(tx, tenantId, guestUserId)))
      throw new AppError("unauthenticated", ACCOUNT_GONE);
    const ways = await waysIn(tx, tenantId, guestUserId);
    if (!ways.password) throw new AppError("conflict", "Your account has no password.");
    if (countWaysIn(ways) <= 1) throw new AppError("conflict", LAST_WAY_IN);
    await tx.guestUser.updateMany({
      where: { id: guestUserId, tenantId },
      data: { passwordHash: null },
    });
    await recordAuditEvent(tx, {
      tenantId,
      actorType: "GUEST_USER",
      actorId: guestUserId,
      action: "guest.password_removed",
      targetType: "GuestUser",
      targetId: guestUserId,
      ip: holder.requestIp,
    });
  });
}
