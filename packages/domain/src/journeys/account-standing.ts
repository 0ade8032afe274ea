import type { Text } from "../i18n/text";
import type { GuestUserState } from "../generated/prisma/enums";
import type { JourneyData } from "./journey-data";
import type { JourneyChanges } from "./journey-store";

/**
 * Where a journey goes instead of signing in when the account it reached
 * cannot sign in: the stop page for a blocked or declined account, the
 * waiting page for one an approver has not decided yet. Null for an active one.
 */
export function standingStop(
  status: GuestUserState,
  data: JourneyData,
  account: { id: string; email: string },
  text: Text,
): JourneyChanges | null {
  switch (status) {
    case "ACTIVE":
      return null;
    case "PENDING_APPROVAL":
      return { state: "AWAITING_APPROVAL", email: account.email, guestUserId: account.id, data };
    case "DECLINED":
      return { state: "BLOCKED", data: { ...data, stopMessage: text("messages.accountDeclined") } };
    case "BLOCKED":
      return { state: "BLOCKED", data: { ...data, stopMessage: text("messages.accountBlocked") } };
  }
}
