import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";

export async function getApplication(prisma: PrismaClient, access: TenantAccess, id: string) {
  const application = await prisma.application.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: { userFlow: true },
  });
  if (!application) throw new AppError("not_found", "There is no such application in this tenant.");
  return application;
}
