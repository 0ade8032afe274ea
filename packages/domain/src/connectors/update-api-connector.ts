import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { assertConnectorNameFree, connectorColumns, connectorSummary } from "./connector-columns";
import { ZApiConnectorInput, type TApiConnectorInput } from "./connector-schemas";

/** Empty secrets keep the stored ones; switching the authentication type drops the other type's. */
export async function updateApiConnector(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  id: string,
  input: TApiConnectorInput,
) {
  assertCan(access, "apiConnectors.manage");
  const data = ZApiConnectorInput.parse(input);
  const tenantId = access.tenant.id;
  const before = await prisma.apiConnector.findFirst({ where: { id, tenantId } });
  if (!before) throw new AppError("not_found", "There is no such API connector in this tenant.");
  await assertConnectorNameFree(prisma, tenantId, data.displayName, id);
  const switched = before.authType !== data.authType;
  const columns = connectorColumns(data, tenantId, id, encryptionKey, switched);
  const cleared =
    data.authType === "BASIC"
      ? {
          certificateEncrypted: null,
          certificatePasswordEncrypted: null,
          certificateThumbprint: null,
          certificateExpiresAt: null,
        }
      : { basicUsername: null, basicPasswordEncrypted: null };
  return prisma.$transaction(async (tx) => {
    const updated = await tx.apiConnector.update({
      where: { id, tenantId },
      data: { ...cleared, ...columns } as never,
    });
    await recordChange(tx, access, {
      action: "apiConnector.updated",
      targetType: "ApiConnector",
      targetId: id,
      before: connectorSummary(before),
      after: {
        ...connectorSummary(data),
        secrets: data.basicPassword || data.certificateBase64 ? "(changed)" : "(unchanged)",
      },
    });
    return updated;
  });
}
