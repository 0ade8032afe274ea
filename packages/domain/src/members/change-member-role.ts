import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import type { TenantRole } from "../generated/prisma/enums";
import { membershipForChange } from "./membership-rules";

export async function changeMemberRole(
  prisma: PrismaClient,
  access: TenantAccess,
  membershipId: string,
  role: TenantRole,
) {
  assertCan(access, "members.manage");
  await prisma.$transaction(async (tx) => {
    const membership = await membershipForChange(tx, access, membershipId, {
      staysOwner: role === "OWNER",
    });
    if (membership.role === role) return;
    await tx.tenantMembership.update({
      where: { id: membershipId, tenantId: access.tenant.id },
      data: { role },
    });
    await recordChange(tx, access, {
      action: "member.roleChanged",
      targetType: "Operator",
      targetId: membership.operatorId,
      before: { email: membership.operator.email, role: membership.role },
      after: { role },
    });
  });
}
