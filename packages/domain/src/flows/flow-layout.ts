import type { PrismaClient } from "../database/prisma-client";
import type { AttributeField, AttributeOption, AttributeValidation } from "./attribute-form";

/** The attribute page of a user flow, in order, ready for buildAttributeFormSchema. */
export async function loadAttributeFields(
  prisma: PrismaClient,
  tenantId: string,
  userFlowId: string,
): Promise<AttributeField[]> {
  const entries = await prisma.userFlowAttribute.findMany({
    where: { tenantId, userFlowId },
    include: { userAttribute: true },
    orderBy: { position: "asc" },
  });
  return entries.map((entry) => ({
    name: entry.userAttribute.name,
    label: entry.label,
    helpText: entry.helpText,
    required: entry.required,
    inputType: entry.inputType,
    dataType: entry.userAttribute.dataType,
    options: entry.options as unknown as AttributeOption[],
    validation: entry.validation as AttributeValidation,
    editable: entry.editable,
  }));
}
