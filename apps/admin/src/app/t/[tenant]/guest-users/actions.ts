"use server";

import {
  deleteGuestUsers,
  revokeGuestUserSessions,
  setGuestUsersBlocked,
  updateGuestUserAttributes,
  resetGuestSecondFactors,
} from "@guestlist/domain/guests";
import type { TGuestAttributeChanges } from "@guestlist/domain/guests/schemas";
import { decideGuestApprovals } from "@guestlist/domain/approvals";
import { adminEmailSettings } from "@/config";
import { tenantAction } from "@/lib/tenant-action";

const users = (count: number) => (count === 1 ? "1 user" : `${count} users`);

export async function updateGuestUserAction(
  tenant: string,
  id: string,
  input: TGuestAttributeChanges,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateGuestUserAttributes(prisma, access, id, input);
    return { message: "Attributes saved." };
  });
}

export async function setBlockedAction(tenant: string, ids: string[], blocked: boolean) {
  return tenantAction(tenant, async (prisma, access) => {
    const { changed } = await setGuestUsersBlocked(prisma, access, { ids }, blocked);
    return {
      message: blocked
        ? `${users(changed)} blocked; their sessions have ended.`
        : `${users(changed)} unblocked.`,
    };
  });
}

export async function revokeSessionsAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    const { sessions } = await revokeGuestUserSessions(prisma, access, id);
    return {
      message: `Signed out everywhere (${sessions} session${sessions === 1 ? "" : "s"} ended).`,
    };
  });
}

export async function resetSecondFactorsAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    const { removed } = await resetGuestSecondFactors(prisma, access, id);
    return {
      message: `Second factors reset (${removed} removed). The next sign-in sets one up again where the flow requires it.`,
    };
  });
}

export async function deleteGuestUsersAction(tenant: string, ids: string[]) {
  return tenantAction(tenant, async (prisma, access) => {
    const { deleted } = await deleteGuestUsers(prisma, access, { ids });
    return { message: `${users(deleted)} deleted.` };
  });
}

export async function decideApprovalsAction(
  tenant: string,
  ids: string[],
  decision: "APPROVE" | "DECLINE",
  reason?: string,
) {
  return tenantAction(tenant, async (prisma, access) => {
    const { changed } = await decideGuestApprovals(prisma, access, adminEmailSettings(), {
      ids,
      decision,
      reason,
    });
    const verb = decision === "APPROVE" ? "approved" : "declined";
    return {
      message: changed
        ? `${users(changed)} ${verb}; we emailed ${changed === 1 ? "them" : "each of them"}.`
        : `Nothing to do: no selected user was waiting for this decision.`,
    };
  });
}
