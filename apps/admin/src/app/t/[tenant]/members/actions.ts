"use server";

import { changeMemberRole, inviteOperator, removeMember } from "@guestlist/domain/members";
import type { TInviteOperatorInput } from "@guestlist/domain/members/schemas";
import type { TenantRole } from "@guestlist/domain";
import { normalizeEmail } from "@guestlist/domain/validation";
import { adminEmailSettings } from "@/config";
import { tenantAction } from "@/lib/tenant-action";

export async function inviteAction(tenant: string, input: TInviteOperatorInput) {
  return tenantAction(tenant, async (prisma, access) => {
    await inviteOperator(prisma, access, adminEmailSettings(), input);
    return { message: `Invitation sent to ${normalizeEmail(input.email)}.` };
  });
}

export async function changeRoleAction(tenant: string, membershipId: string, role: TenantRole) {
  return tenantAction(tenant, async (prisma, access) => {
    await changeMemberRole(prisma, access, membershipId, role);
    return { message: "Role changed." };
  });
}

export async function removeMemberAction(tenant: string, membershipId: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await removeMember(prisma, access, membershipId);
    return { message: "Member removed." };
  });
}
