import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { membershipForChange } from "./membership-rules";

export async function removeMember(
  prisma: PrismaClient,
  access: TenantAccess,
  membershipId: string,
) {
  assertCan(access, "members.manage");
  await prisma.$transaction(async (tx) => {
    const membership = await membershipForChange(tx, access, membershipId, { staysOwner: false });
    await tx.tenantMembership.delete({ where: { id: membershipId, tenantId: access.tenant.id } });
    await recordChange(tx, access, {
      action: "member.removed",
      targetType: "Operator",
      targetId: membership.operatorId,
      before: { email: membership.operator.email, role: membership.role },
    });
  });
}
