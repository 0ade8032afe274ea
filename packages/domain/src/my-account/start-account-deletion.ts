import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { JourneySettings } from "../journeys/journey-settings";
import type { AccountHolder } from "./account-holder";
import { sendAccountCode } from "./account-codes";
import { ACCOUNT_GONE } from "./my-account-view";

/**
 * The person asks to delete their account: a code goes to their address, so
 * a session left open on a shared computer is not enough to erase it.
 * Returns a message when a limit refuses.
 */
export async function startAccountDeletion(
  prisma: PrismaClient,
  settings: JourneySettings,
  holder: AccountHolder,
): Promise<string | null> {
  const guest = await prisma.guestUser.findFirst({
    where: { id: holder.guestUserId, tenantId: holder.tenantId, status: "ACTIVE" },
    include: { tenant: { select: { name: true, brandingDisplayName: true } } },
  });
  if (!guest) throw new AppError("unauthenticated", ACCOUNT_GONE);
  return sendAccountCode(settings, holder, {
    purpose: "ACCOUNT_DELETION",
    email: guest.email,
    tenantName: guest.tenant.brandingDisplayName ?? guest.tenant.name,
  });
}
