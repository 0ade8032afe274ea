import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { ZRenameTenantInput, type TRenameTenantInput } from "./tenant-schemas";

export async function renameTenant(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TRenameTenantInput,
) {
  assertCan(access, "tenant.manage");
  const { name } = ZRenameTenantInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const tenant = await tx.tenant.update({ where: { id: access.tenant.id }, data: { name } });
    await recordChange(tx, access, {
      action: "tenant.renamed",
      targetType: "Tenant",
      targetId: tenant.id,
      before: { name: access.tenant.name },
      after: { name },
    });
    return tenant;
  });
}
