import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { SQL_NOW } from "../database/sql-time";
import { getApplication } from "../applications/get-application";
import { ZApplicationBranding, type TApplicationBranding } from "./branding-schemas";

/**
 * An application's name and colours on the hosted pages, over the tenant's
 * (empty keeps the tenant's); one upsert with its audit event. Only the
 * tenant's own applications.
 */
export async function updateApplicationBranding(
  prisma: PrismaClient,
  access: TenantAccess,
  applicationId: string,
  input: TApplicationBranding,
) {
  assertCan(access, "applications.manage");
  const data = ZApplicationBranding.parse(input);
  await getApplication(prisma, access, applicationId);
  const tenantId = access.tenant.id;
  return prisma.$transaction(async (tx) => {
    const before = await tx.applicationBranding.findFirst({ where: { applicationId, tenantId } });
    await tx.$executeRawUnsafe(
      `INSERT INTO "ApplicationBranding" ("applicationId", "tenantId", "displayName", "primaryColor", "backgroundColor", "updatedAt")
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, ${SQL_NOW})
       ON CONFLICT ("applicationId") DO UPDATE
         SET "displayName" = EXCLUDED."displayName", "primaryColor" = EXCLUDED."primaryColor",
             "backgroundColor" = EXCLUDED."backgroundColor", "updatedAt" = EXCLUDED."updatedAt"`,
      applicationId,
      tenantId,
      data.displayName || null,
      data.primaryColor || null,
      data.backgroundColor || null,
    );
    await recordChange(tx, access, {
      action: "application.brandingUpdated",
      targetType: "Application",
      targetId: applicationId,
      before: before && {
        displayName: before.displayName,
        primaryColor: before.primaryColor,
        backgroundColor: before.backgroundColor,
      },
      after: data,
    });
    return tx.applicationBranding.findFirstOrThrow({ where: { applicationId, tenantId } });
  });
}
