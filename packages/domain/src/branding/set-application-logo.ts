import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { SQL_NOW } from "../database/sql-time";
import { getApplication } from "../applications/get-application";
import { checkedBrandingImage } from "./branding-assets";

/**
 * An application's own logo over the tenant's (null removes it): checked as
 * the tenant's is, stored with the application's branding in one upsert,
 * audited.
 */
export async function setApplicationLogo(
  prisma: PrismaClient,
  access: TenantAccess,
  applicationId: string,
  bytes: Uint8Array | null,
) {
  assertCan(access, "applications.manage");
  await getApplication(prisma, access, applicationId);
  const image = bytes ? checkedBrandingImage("LOGO", bytes, "logo") : null;
  const tenantId = access.tenant.id;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO "ApplicationBranding" ("applicationId", "tenantId", "logoContentType", "logoSha", "logoBytes", "updatedAt")
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, ${SQL_NOW})
       ON CONFLICT ("applicationId") DO UPDATE
         SET "logoContentType" = EXCLUDED."logoContentType", "logoSha" = EXCLUDED."logoSha",
             "logoBytes" = EXCLUDED."logoBytes", "updatedAt" = EXCLUDED."updatedAt"`,
      applicationId,
      tenantId,
      image?.contentType ?? null,
      image?.sha256 ?? null,
      bytes ? Buffer.from(bytes) : null,
    );
    await recordChange(tx, access, {
      action: image ? "application.logoUploaded" : "application.logoRemoved",
      targetType: "Application",
      targetId: applicationId,
      after: image && { sha256: image.sha256, contentType: image.contentType, size: bytes!.length },
    });
  });
  return image;
}
