import type { UserFlow } from "../generated/prisma/client";
import { emailDomainListed } from "../journeys/sign-up-policy";

/** Whether a new account of this flow waits for an approver: the flow asks it, unless the address's domain is exempt. */
export function approvalRequired(
  flow: Pick<UserFlow, "requiresApproval" | "approvalExemptDomains"> | null,
  email: string,
): boolean {
  return !!flow?.requiresApproval && !emailDomainListed(flow.approvalExemptDomains, email);
}

export const AWAITING_APPROVAL_DESCRIPTION = "The account is waiting for approval.";
