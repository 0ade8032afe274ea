import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZUpdateUserAttributeInput, type TUpdateUserAttributeInput } from "./attribute-schemas";
import { assertAttributeNameFree, findCustomAttribute } from "./custom-attribute";

/** The description can always change; the name only while no user flow uses the attribute. */
export async function updateUserAttribute(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TUpdateUserAttributeInput,
) {
  assertCan(access, "attributes.manage");
  const data = ZUpdateUserAttributeInput.parse(input);
  const attribute = await findCustomAttribute(prisma, access, id);
  if (data.name !== attribute.name) {
    if (attribute.flowEntries.length > 0) {
      throw new AppError(
        "conflict",
        `The name cannot change: the user flow "${attribute.flowEntries[0]!.userFlow.name}" uses this attribute.`,
        {
          fieldIssues: [
            { path: "name", message: "In use by a user flow: the name cannot change." },
          ],
        },
      );
    }
    await assertAttributeNameFree(prisma, access.tenant.id, data.name, id);
  }
  return prisma.$transaction(async (tx) => {
    const updated = await tx.userAttribute.update({
      where: { id, tenantId: access.tenant.id },
      data,
    });
    await recordChange(tx, access, {
      action: "attribute.updated",
      targetType: "UserAttribute",
      targetId: id,
      before: { name: attribute.name, description: attribute.description },
      after: data,
    });
    return updated;
  });
}
