import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { SQL_NOW } from "../database/sql-time";
import type { BrandingAssetKind } from "../generated/prisma/enums";
import { BRANDING_SHA_COLUMN, checkedBrandingImage } from "./branding-assets";

/**
 * A new logo or favicon for the hosted pages, kept in PostgreSQL (every
 * instance serves it). Its type is read from its bytes and must be one the
 * kind allows, within the kind's size; the tenant then names its SHA-256, so
 * pages switch to it at once while caches keep the old one under its own URL.
 */
export async function uploadBrandingImage(
  prisma: PrismaClient,
  access: TenantAccess,
  kind: BrandingAssetKind,
  bytes: Uint8Array,
) {
  assertCan(access, "settings.manage");
  const { contentType, sha256 } = checkedBrandingImage(
    kind,
    bytes,
    kind === "LOGO" ? "logo" : "favicon",
  );
  const tenantId = access.tenant.id;
  await prisma.$transaction(async (tx) => {
    // One statement: parallel first uploads cannot both insert; the row lock orders the tenant updates.
    await tx.$executeRawUnsafe(
      `INSERT INTO "BrandingAsset" ("tenantId", kind, "contentType", sha256, bytes, "createdAt")
       VALUES ($1::uuid, $2::"BrandingAssetKind", $3, $4, $5, ${SQL_NOW})
       ON CONFLICT ("tenantId", kind) DO UPDATE
         SET "contentType" = EXCLUDED."contentType", sha256 = EXCLUDED.sha256,
             bytes = EXCLUDED.bytes, "createdAt" = EXCLUDED."createdAt"`,
      tenantId,
      kind,
      contentType,
      sha256,
      Buffer.from(bytes),
    );
    await tx.tenant.update({
      where: { id: tenantId },
      data: { [BRANDING_SHA_COLUMN[kind]]: sha256 },
    });
    await recordChange(tx, access, {
      action: "branding.imageUploaded",
      targetType: "Tenant",
      targetId: tenantId,
      before: { kind, sha256: access.tenant[BRANDING_SHA_COLUMN[kind]] },
      after: { kind, sha256, contentType, size: bytes.length },
    });
  });
  return { sha256, contentType };
}
