import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZAccountPageSettings, type TAccountPageSettings } from "./tenant-schemas";

/**
 * Which user flow people sign in through to reach their account page (its
 * methods, its limits). Null lets Guestlist choose: the enabled flow most of
 * the tenant's applications use.
 */
export async function updateAccountPageSettings(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TAccountPageSettings,
) {
  assertCan(access, "settings.manage");
  const { userFlowId } = ZAccountPageSettings.parse(input);
  const { tenant } = access;
  return prisma.$transaction(async (tx) => {
    if (userFlowId) {
      const flow = await tx.userFlow.findFirst({ where: { id: userFlowId, tenantId: tenant.id } });
      if (!flow)
        throw new AppError("invalid_input", "That user flow does not exist in this tenant.");
    }
    const updated = await tx.tenant.update({
      where: { id: tenant.id },
      data: { accountUserFlowId: userFlowId },
    });
    await recordChange(tx, access, {
      action: "accountPage.updated",
      targetType: "Tenant",
      targetId: tenant.id,
      before: { userFlowId: tenant.accountUserFlowId },
      after: { userFlowId },
    });
    return updated;
  });
}
