import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZPageLayoutInput, type TPageLayoutInput } from "./flow-schemas";
import { tenantOwned } from "./flow-references";
import { getUserFlow } from "./get-user-flow";

/** The attribute page: which attributes, in what order, how each is asked. Replaces the whole layout. */
export async function updatePageLayout(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TPageLayoutInput,
) {
  assertCan(access, "userFlows.manage");
  const { entries } = ZPageLayoutInput.parse(input);
  const before = await getUserFlow(prisma, access, id);
  const tenantId = access.tenant.id;
  const attributes = tenantOwned(
    await prisma.userAttribute.findMany({ where: { tenantId } }),
    entries.map((e) => e.userAttributeId),
    "attributes",
  );
  entries.forEach((entry, index) => {
    if (attributes[index]!.dataType !== entry.dataType)
      throw new AppError(
        "invalid_input",
        `The data type of ${attributes[index]!.name} has changed; reload the page.`,
      );
  });

  await prisma.$transaction(async (tx) => {
    await tx.userFlowAttribute.deleteMany({ where: { userFlowId: id, tenantId } });
    await tx.userFlowAttribute.createMany({
      data: entries.map((entry, position) => ({
        tenantId,
        userFlowId: id,
        userAttributeId: entry.userAttributeId,
        position,
        label: entry.label,
        helpText: entry.helpText || null,
        required: entry.required,
        editable: entry.editable ?? true,
        inputType: entry.inputType,
        options: entry.options,
      })),
    });
    await recordChange(tx, access, {
      action: "userFlow.layoutUpdated",
      targetType: "UserFlow",
      targetId: id,
      before: before.attributes.map((e) => ({
        attribute: e.userAttribute.name,
        label: e.label,
        required: e.required,
        inputType: e.inputType,
      })),
      after: entries.map((e, i) => ({
        attribute: attributes[i]!.name,
        label: e.label,
        required: e.required,
        inputType: e.inputType,
      })),
    });
  });
}
