import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { BUILT_IN_ATTRIBUTE_NAMES } from "./built-in-attributes";

/** A custom attribute of the tenant, with the flows that use it; built-in ones cannot be changed. */
export async function findCustomAttribute(prisma: PrismaClient, access: TenantAccess, id: string) {
  const attribute = await prisma.userAttribute.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: { flowEntries: { select: { userFlow: { select: { name: true } } } } },
  });
  if (!attribute) throw new AppError("not_found", "There is no such attribute in this tenant.");
  if (attribute.builtIn) throw new AppError("forbidden", "Built-in attributes cannot be changed.");
  return attribute;
}

/** Attribute names are unique per tenant regardless of case, and never a built-in's name. */
export async function assertAttributeNameFree(
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
