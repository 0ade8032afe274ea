import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { getUserFlow } from "./get-user-flow";

/** Its applications stay, without a flow: they cannot sign anyone in until given another. */
export async function deleteUserFlow(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "userFlows.manage");
  const flow = await getUserFlow(prisma, access, id);
  await prisma.$transaction(async (tx) => {
    await tx.userFlow.delete({ where: { id, tenantId: access.tenant.id } });
    await recordChange(tx, access, {
      action: "userFlow.deleted",
      targetType: "UserFlow",
      targetId: id,
      before: { name: flow.name, applications: flow.applications.map((a) => a.name) },
    });
  });
}
