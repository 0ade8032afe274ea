import { randomUUID } from "node:crypto";
import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { assertConnectorNameFree, connectorColumns, connectorSummary } from "./connector-columns";
import { ZApiConnectorInput, type TApiConnectorInput } from "./connector-schemas";

export async function createApiConnector(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  input: TApiConnectorInput,
) {
  assertCan(access, "apiConnectors.manage");
  const data = ZApiConnectorInput.parse(input);
  const tenantId = access.tenant.id;
  await assertConnectorNameFree(prisma, tenantId, data.displayName);
  // The id is needed for the encryption context before the row exists.
  const id = randomUUID();
  const columns = connectorColumns(data, tenantId, id, encryptionKey, true);
  return prisma.$transaction(async (tx) => {
    const connector = await tx.apiConnector.create({
      data: { id, tenantId, ...columns } as never,
    });
    await recordChange(tx, access, {
      action: "apiConnector.created",
      targetType: "ApiConnector",
      targetId: id,
      after: connectorSummary(data),
    });
    return connector;
  });
}
