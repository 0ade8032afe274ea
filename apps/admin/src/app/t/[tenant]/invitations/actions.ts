"use server";

import {
  inviteGuest,
  inviteGuests,
  invitationsFromCsv,
  resendGuestInvitation,
  revokeGuestInvitation,
  type InvitationBatchResult,
  type TInviteGuestInput,
} from "@guestlist/domain/invitations";
import { adminInvitationSettings } from "@/config";
import { tenantAction } from "@/lib/tenant-action";

export async function inviteGuestAction(tenant: string, input: TInviteGuestInput) {
  return tenantAction(tenant, async (prisma, access) => {
    const invitation = await inviteGuest(prisma, access, adminInvitationSettings(), input);
    return { message: `Invitation sent to ${invitation.email}.` };
  });
}

export async function inviteFromCsvAction(
  tenant: string,
  input: { csv: string; applicationId: string; message?: string; expiresInDays?: number },
) {
  return tenantAction<InvitationBatchResult>(tenant, async (prisma, access) => {
    const { csv, ...defaults } = input;
    const result = await inviteGuests(prisma, access, adminInvitationSettings(), {
      invitations: invitationsFromCsv(csv, defaults),
    });
    const people = (count: number) => (count === 1 ? "1 person" : `${count} people`);
    return {
      message: `${people(result.invited.length)} invited${result.rejected.length ? `; ${result.rejected.length} row${result.rejected.length === 1 ? "" : "s"} not invited (see below)` : ""}.`,
      data: result,
    };
  });
}

export async function resendInvitationAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    const invitation = await resendGuestInvitation(prisma, access, adminInvitationSettings(), id);
    return { message: `Sent again to ${invitation.email}, with a new link.` };
  });
}

export async function revokeInvitationAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    const invitation = await revokeGuestInvitation(prisma, access, id);
    return { message: `Invitation for ${invitation.email} revoked.` };
  });
}
