import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";

export async function getUserFlow(prisma: PrismaClient, access: TenantAccess, id: string) {
  const flow = await prisma.userFlow.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: {
      identityProviders: { include: { identityProvider: true }, orderBy: { position: "asc" } },
      attributes: { include: { userAttribute: true }, orderBy: { position: "asc" } },
      terms: { orderBy: { position: "asc" } },
      applications: { orderBy: { name: "asc" } },
    },
  });
  if (!flow) throw new AppError("not_found", "There is no such user flow in this tenant.");
  return flow;
}
