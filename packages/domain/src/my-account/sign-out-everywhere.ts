import { recordAuditEvent } from "../audit/record-audit-event";
import type { PrismaClient } from "../database/prisma-client";
import { endGuestSessions } from "../guests/end-guest-sessions";
import type { AccountHolder } from "./account-holder";

/**
 * Ends every session and token of the person, this browser's too (the
 * account page itself ends with it): what someone does after using a shared
 * computer or losing a phone. Remembered consents stay.
 */
export async function signOutEverywhere(
  prisma: PrismaClient,
  holder: AccountHolder,
): Promise<{ sessions: number }> {
  const { tenantId, guestUserId } = holder;
  return prisma.$transaction(async (tx) => {
    const ended = await endGuestSessions(tx, tenantId, [guestUserId]);
    await recordAuditEvent(tx, {
      tenantId,
      actorType: "GUEST_USER",
      actorId: guestUserId,
      action: "guest.signed_out_everywhere",
      targetType: "GuestUser",
      targetId: guestUserId,
      details: { sessions: ended.sessions },
      ip: holder.requestIp,
    });
    return ended;
  });
}
