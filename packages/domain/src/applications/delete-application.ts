import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { applicationSummary } from "./application-summary";
import { getApplication } from "./get-application";

export async function deleteApplication(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "applications.manage");
  const application = await getApplication(prisma, access, id);
  await prisma.$transaction(async (tx) => {
    await tx.application.delete({ where: { id, tenantId: access.tenant.id } });
    await recordChange(tx, access, {
      action: "application.deleted",
      targetType: "Application",
      targetId: id,
      before: applicationSummary(application),
    });
  });
}
