import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { assertUnusedByFlows } from "../flows/assert-unused-by-flows";

export async function deleteIdentityProvider(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
) {
  assertCan(access, "identityProviders.manage");
  const provider = await prisma.identityProvider.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: { userFlows: { select: { userFlow: { select: { name: true } } } } },
  });
  if (!provider)
    throw new AppError("not_found", "There is no such identity provider in this tenant.");
  assertUnusedByFlows({
    name: provider.displayName,
    use: "offers",
    flowNames: provider.userFlows.map((entry) => entry.userFlow.name),
  });
  await prisma.$transaction(async (tx) => {
    await tx.identityProvider.delete({ where: { id, tenantId: access.tenant.id } });
    await recordChange(tx, access, {
      action: "identityProvider.deleted",
      targetType: "IdentityProvider",
      targetId: id,
      before: { type: provider.type, displayName: provider.displayName },
    });
  });
}
