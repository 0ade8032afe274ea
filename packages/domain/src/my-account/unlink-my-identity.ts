import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { AccountHolder } from "./account-holder";
import { ACCOUNT_GONE } from "./my-account-view";
import { LAST_WAY_IN } from "./remove-my-password";
import { countWaysIn, lockAccount, waysIn } from "./ways-in";

/**
 * Unlinks one of the person's own federated identities (another person's id
 * is not found), never their last way in: counted under the account's row
 * lock, in the transaction that deletes it with its audit event.
 */
export async function unlinkMyIdentity(
  prisma: PrismaClient,
  holder: AccountHolder,
  identityId: string,
): Promise<void> {
  const { tenantId, guestUserId } = holder;
  await prisma.$transaction(async (tx) => {
    if (!(await lockAccount(tx, tenantId, guestUserId)))
      throw new AppError("unauthenticated", ACCOUNT_GONE);
    const identity = await tx.guestIdentity.findFirst({
      where: { id: identityId, tenantId, guestUserId, signInType: "federated" },
      include: { identityProvider: { select: { displayName: true } } },
    });
    if (!identity)
      throw new AppError("not_found", "That sign-in method is not linked to your account.");
    const ways = await waysIn(tx, tenantId, guestUserId);
    const left = countWaysIn(ways) - (ways.federated.includes(identity.id) ? 1 : 0);
    if (left < 1) throw new AppError("conflict", LAST_WAY_IN);
    await tx.guestIdentity.delete({ where: { id: identity.id } });
    await recordAuditEvent(tx, {
      tenantId,
      actorType: "GUEST_USER",
      actorId: guestUserId,
      action: "guest.identity_unlinked",
      targetType: "GuestUser",
      targetId: guestUserId,
      details: { provider: identity.identityProvider?.displayName ?? identity.issuer },
      ip: holder.requestIp,
    });
  });
}
