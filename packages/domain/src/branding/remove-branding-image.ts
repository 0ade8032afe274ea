import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import type { BrandingAssetKind } from "../generated/prisma/enums";
import { BRANDING_SHA_COLUMN } from "./branding-assets";

/** The pages go back to the tenant's name (no logo) or the browser's default icon. */
export async function removeBrandingImage(
  prisma: PrismaClient,
  access: TenantAccess,
  kind: BrandingAssetKind,
) {
  assertCan(access, "settings.manage");
  const tenantId = access.tenant.id;
  await prisma.$transaction(async (tx) => {
    await tx.brandingAsset.deleteMany({ where: { tenantId, kind } });
    await tx.tenant.update({
      where: { id: tenantId },
      data: { [BRANDING_SHA_COLUMN[kind]]: null },
    });
    await recordChange(tx, access, {
      action: "branding.imageRemoved",
      targetType: "Tenant",
      targetId: tenantId,
      before: { kind, sha256: access.tenant[BRANDING_SHA_COLUMN[kind]] },
    });
  });
}
