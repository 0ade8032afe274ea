import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import {
  ZExternalCollaborationSettings,
  type TExternalCollaborationSettings,
} from "./tenant-schemas";

export async function updateExternalCollaborationSettings(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TExternalCollaborationSettings,
) {
  assertCan(access, "settings.manage");
  const settings = ZExternalCollaborationSettings.parse(input);
  const { tenant } = access;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.tenant.update({
      where: { id: tenant.id },
      data: { ...settings, signUpDomains: [...new Set(settings.signUpDomains)] },
    });
    await recordChange(tx, access, {
      action: "settings.updated",
      targetType: "Tenant",
      targetId: tenant.id,
      before: {
        selfServiceSignUpEnabled: tenant.selfServiceSignUpEnabled,
        signUpDomainPolicy: tenant.signUpDomainPolicy,
        signUpDomains: tenant.signUpDomains,
      },
      after: settings,
    });
    return updated;
  });
}
