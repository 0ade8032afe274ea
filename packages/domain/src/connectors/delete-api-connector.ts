import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { assertUnusedByFlows } from "../flows/assert-unused-by-flows";

export async function deleteApiConnector(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "apiConnectors.manage");
  const tenantId = access.tenant.id;
  const connector = await prisma.apiConnector.findFirst({
    where: { id, tenantId },
    include: { userFlows: { select: { userFlow: { select: { name: true } } } } },
  });
  if (!connector) throw new AppError("not_found", "There is no such API connector in this tenant.");
  assertUnusedByFlows({
    name: connector.displayName,
    use: "calls",
    flowNames: connector.userFlows.map((entry) => entry.userFlow.name),
  });
  await prisma.$transaction(async (tx) => {
    await tx.apiConnector.delete({ where: { id, tenantId } });
    await recordChange(tx, access, {
      action: "apiConnector.deleted",
      targetType: "ApiConnector",
      targetId: id,
      before: { displayName: connector.displayName, endpointUrl: connector.endpointUrl },
    });
  });
}
