import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZFlowConnectorsInput, type TFlowConnectorsInput } from "./connector-schemas";

/** Which connector a user flow calls at each step (or none). */
export async function setUserFlowConnectors(
  prisma: PrismaClient,
  access: TenantAccess,
  userFlowId: string,
  input: TFlowConnectorsInput,
) {
  assertCan(access, "userFlows.manage");
  const data = ZFlowConnectorsInput.parse(input);
  const tenantId = access.tenant.id;
  const flow = await prisma.userFlow.findFirst({
    where: { id: userFlowId, tenantId },
    include: { apiConnectors: true },
  });
  if (!flow) throw new AppError("not_found", "There is no such user flow in this tenant.");
  const { tokenConnectorFailurePolicy, tokenConnectorClaims, ...steps } = data;
  const ids = Object.values(steps).filter((id): id is string => !!id);
  const owned = await prisma.apiConnector.count({ where: { tenantId, id: { in: ids } } });
  if (owned !== new Set(ids).size)
    throw new AppError("invalid_input", "Choose API connectors from this tenant.");
  await prisma.$transaction(async (tx) => {
    await tx.userFlowApiConnector.deleteMany({ where: { tenantId, userFlowId } });
    await tx.userFlowApiConnector.createMany({
      data: (Object.entries(steps) as [keyof typeof steps, string | null][])
        .filter(([, id]) => id)
        .map(([step, apiConnectorId]) => ({
          tenantId,
          userFlowId,
          step,
          apiConnectorId: apiConnectorId!,
        })),
    });
    await tx.userFlow.updateMany({
      where: { id: userFlowId, tenantId },
      data: { tokenConnectorFailurePolicy, tokenConnectorClaims },
    });
    await recordChange(tx, access, {
      action: "userFlow.connectorsUpdated",
      targetType: "UserFlow",
      targetId: userFlowId,
      before: {
        ...Object.fromEntries(flow.apiConnectors.map((c) => [c.step, c.apiConnectorId])),
        tokenConnectorFailurePolicy: flow.tokenConnectorFailurePolicy,
        tokenConnectorClaims: flow.tokenConnectorClaims,
      },
      after: data,
    });
  });
}
