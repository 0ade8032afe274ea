import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { eraseGuestUsers } from "../guests/erase-guest-users";
import type { JourneySettings } from "../journeys/journey-settings";
import type { AccountHolder } from "./account-holder";
import { checkAccountCode, consumeAccountCode } from "./account-codes";
import { ACCOUNT_GONE } from "./my-account-view";

export type AccountDeletionResult = { status: "deleted" } | { status: "refused"; message: string };

/**
 * The code sent to the person's address is entered: in one transaction the
 * code is consumed and the account erased as an admin's deletion erases it
 * (eraseGuestUsers), leaving one audit event without personal data. Of two
 * parallel confirmations, one deletes and the other finds the code used.
 */
export async function confirmAccountDeletion(
  prisma: PrismaClient,
  settings: JourneySettings,
  holder: AccountHolder,
  code: string,
): Promise<AccountDeletionResult> {
  const check = await checkAccountCode(settings, holder, "ACCOUNT_DELETION", code);
  if (check.status !== "verified") return check;
  const { tenantId, guestUserId } = holder;
  await prisma.$transaction(async (tx) => {
    await consumeAccountCode(tx, holder, check.challengeId);
    const guest = await tx.guestUser.findFirst({
      where: { id: guestUserId, tenantId },
      select: { id: true, email: true },
    });
    if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
    await eraseGuestUsers(tx, tenantId, [guest]);
    await recordAuditEvent(tx, {
      tenantId,
      actorType: "GUEST_USER",
      actorId: guestUserId,
      action: "guestUser.deleted",
      targetType: "GuestUser",
      targetId: guestUserId,
      details: { by: "themselves" },
    });
  });
  return { status: "deleted" };
}
