import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { assertUnusedByFlows } from "../flows/assert-unused-by-flows";
import { findCustomAttribute } from "./custom-attribute";

export async function deleteUserAttribute(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "attributes.manage");
  const attribute = await findCustomAttribute(prisma, access, id);
  assertUnusedByFlows({
    name: attribute.name,
    use: "uses",
    flowNames: attribute.flowEntries.map((entry) => entry.userFlow.name),
  });
  await prisma.$transaction(async (tx) => {
    await tx.userAttribute.delete({ where: { id, tenantId: access.tenant.id } });
    await recordChange(tx, access, {
      action: "attribute.deleted",
      targetType: "UserAttribute",
      targetId: id,
      before: { name: attribute.name, dataType: attribute.dataType },
    });
  });
}
