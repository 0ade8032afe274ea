import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { ZBrandingSettings, type TBrandingSettings } from "./branding-schemas";

/** Sets the name and colour the hosted pages show, with its audit event; every instance hears of it. */
export async function updateTenantBranding(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TBrandingSettings,
) {
  assertCan(access, "settings.manage");
  const data = ZBrandingSettings.parse(input);
  const { tenant } = access;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.tenant.update({
      where: { id: tenant.id },
      data: {
        brandingDisplayName: data.displayName || null,
        brandingPrimaryColor: data.primaryColor || null,
      },
    });
    await recordChange(tx, access, {
      action: "branding.updated",
      targetType: "Tenant",
      targetId: tenant.id,
      before: {
        displayName: tenant.brandingDisplayName,
        primaryColor: tenant.brandingPrimaryColor,
      },
      after: {
        displayName: updated.brandingDisplayName,
        primaryColor: updated.brandingPrimaryColor,
      },
    });
    return updated;
  });
}
