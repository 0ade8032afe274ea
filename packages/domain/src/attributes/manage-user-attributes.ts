import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { BUILT_IN_ATTRIBUTE_NAMES } from "./built-in-attributes";
import {
  ZCreateUserAttributeInput,
  ZUpdateUserAttributeInput,
  type TCreateUserAttributeInput,
  type TUpdateUserAttributeInput,
} from "./attribute-schemas";

export async function listUserAttributes(prisma: PrismaClient, access: TenantAccess) {
  const attributes = await prisma.userAttribute.findMany({
    where: { tenantId: access.tenant.id },
    include: { flowEntries: { select: { userFlow: { select: { id: true, name: true } } } } },
    orderBy: [{ builtIn: "desc" }, { name: "asc" }],
  });
  return attributes.map(({ flowEntries, ...attribute }) => ({
    ...attribute,
    usedBy: flowEntries.map((entry) => entry.userFlow),
  }));
}

async function findCustom(prisma: PrismaClient, access: TenantAccess, id: string) {
  const attribute = await prisma.userAttribute.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: { flowEntries: { select: { userFlow: { select: { name: true } } } } },
  });
  if (!attribute) throw new AppError("not_found", "There is no such attribute in this tenant.");
  if (attribute.builtIn) throw new AppError("forbidden", "Built-in attributes cannot be changed.");
  return attribute;
}

async function assertNameFree(
  prisma: PrismaClient,
  tenantId: string,
  name: string,
  exceptId?: string,
) {
  const clash = await prisma.userAttribute.findFirst({
    where: {
      tenantId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (clash || BUILT_IN_ATTRIBUTE_NAMES.has(name)) {
    throw new AppError("conflict", `An attribute named ${clash?.name ?? name} already exists.`, {
      fieldIssues: [{ path: "name", message: "This name is taken." }],
    });
  }
}

export async function createUserAttribute(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TCreateUserAttributeInput,
) {
  assertCan(access, "attributes.manage");
  const data = ZCreateUserAttributeInput.parse(input);
  await assertNameFree(prisma, access.tenant.id, data.name);
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

/** The description can always change; the name only while no user flow uses the attribute. */
export async function updateUserAttribute(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TUpdateUserAttributeInput,
) {
  assertCan(access, "attributes.manage");
  const data = ZUpdateUserAttributeInput.parse(input);
  const attribute = await findCustom(prisma, access, id);
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
    await assertNameFree(prisma, access.tenant.id, data.name, id);
  }
  return prisma.$transaction(async (tx) => {
    const updated = await tx.userAttribute.update({ where: { id }, data });
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

export async function deleteUserAttribute(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "attributes.manage");
  const attribute = await findCustom(prisma, access, id);
  const flows = [...new Set(attribute.flowEntries.map((entry) => entry.userFlow.name))];
  if (flows.length > 0) {
    throw new AppError(
      "conflict",
      `${attribute.name} cannot be deleted: the user flow "${flows.join('", "')}" uses it. Remove it from the flow first.`,
    );
  }
  await prisma.$transaction(async (tx) => {
    await tx.userAttribute.delete({ where: { id } });
    await recordChange(tx, access, {
      action: "attribute.deleted",
      targetType: "UserAttribute",
      targetId: id,
      before: { name: attribute.name, dataType: attribute.dataType },
    });
  });
}
