import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { ZCreateUserAttributeInput, type TCreateUserAttributeInput } from "./attribute-schemas";
import { assertAttributeNameFree } from "./custom-attribute";

export async function createUserAttribute(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TCreateUserAttributeInput,
) {
  assertCan(access, "attributes.manage");
  const data = ZCreateUserAttributeInput.parse(input);
  await assertAttributeNameFree(prisma, access.tenant.id, data.name);
  return prisma.$transaction(async (tx) => {
    const attribute = await tx.userAttribute.create({
      data: { tenantId: access.tenant.id, ...data, builtIn: false },
    });
    await recordChange(tx, access, {
      action: "attribute.created",
      targetType: "UserAttribute",
      targetId: attribute.id,
      after: data,
    });
    return attribute;
  });
}
