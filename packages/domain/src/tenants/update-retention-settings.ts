import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { ZRetentionSettings, type TRetentionSettings } from "./tenant-schemas";

/** How long sign-in history and the connector call log are kept; the hourly sweeps apply it. */
export async function updateRetentionSettings(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TRetentionSettings,
) {
  assertCan(access, "settings.manage");
  const settings = ZRetentionSettings.parse(input);
  const { tenant } = access;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.tenant.update({ where: { id: tenant.id }, data: settings });
    await recordChange(tx, access, {
      action: "retention.updated",
      targetType: "Tenant",
      targetId: tenant.id,
      before: {
        signInHistoryRetentionDays: tenant.signInHistoryRetentionDays,
        connectorCallRetentionDays: tenant.connectorCallRetentionDays,
      },
      after: settings,
    });
    return updated;
  });
}
