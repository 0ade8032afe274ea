import { DECLINED_MESSAGE } from "../approvals/approval-policy";
import type { GuestUserState } from "../generated/prisma/enums";
import type { JourneyData } from "./journey-data";
import type { JourneyChanges } from "./journey-store";

export const BLOCKED_MESSAGE =
  "Your account is blocked. Contact the organisation that invited you to use this application.";

/**
 * Where a journey goes instead of signing in when the account it reached
 * cannot sign in: the stop page for a blocked or declined account, the
 * waiting page for one an approver has not decided yet. Null for an active one.
 */
export function standingStop(
  status: GuestUserState,
  data: JourneyData,
  account: { id: string; email: string },
): JourneyChanges | null {
  switch (status) {
    case "ACTIVE":
      return null;
    case "PENDING_APPROVAL":
      return { state: "AWAITING_APPROVAL", email: account.email, guestUserId: account.id, data };
    case "DECLINED":
      return { state: "BLOCKED", data: { ...data, stopMessage: DECLINED_MESSAGE } };
    case "BLOCKED":
      return { state: "BLOCKED", data: { ...data, stopMessage: BLOCKED_MESSAGE } };
  }
}
