import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError, type FieldIssue } from "../errors/app-error";
import {
  coerceAttributeValue,
  isBuiltInColumn,
  type StoredAttributeValue,
} from "./attribute-values";
import { GUEST_NOT_FOUND } from "./guest-details";
import { ZGuestAttributeChanges, type TGuestAttributeChanges } from "./guest-schemas";

/**
 * Changes attribute values, each checked against its attribute's data type.
 * The email address is the user's sign-in name and is not edited here.
 */
export async function updateGuestUserAttributes(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TGuestAttributeChanges,
) {
  assertCan(access, "guestUsers.manage");
  const { attributes: changes } = ZGuestAttributeChanges.parse(input);
  const guest = await prisma.guestUser.findFirst({
    where: { id, tenantId: access.tenant.id },
    omit: { passwordHash: true },
  });
  if (!guest) throw new AppError("not_found", GUEST_NOT_FOUND);
  const definitions = new Map(
    (await prisma.userAttribute.findMany({ where: { tenantId: access.tenant.id } })).map((a) => [
      a.name,
      a,
    ]),
  );

  const issues: FieldIssue[] = [];
  const columns: Record<string, StoredAttributeValue | null> = {};
  const custom = { ...(guest.attributes as Record<string, StoredAttributeValue>) };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(changes)) {
    const definition = definitions.get(name);
    const path = `attributes.${name}`;
    if (!definition) {
      issues.push({ path, message: `There is no attribute named "${name}".` });
      continue;
    }
    if (name === "email") {
      issues.push({
        path,
        message: "The email address is the user's sign-in name; it cannot be edited.",
      });
      continue;
    }
    const coerced = coerceAttributeValue(definition.dataType, raw);
    if ("error" in coerced) {
      issues.push({ path, message: coerced.error });
      continue;
    }
    const previous = isBuiltInColumn(name) ? guest[name] : custom[name];
    if ((previous ?? null) === coerced.value) continue;
    before[name] = previous ?? null;
    after[name] = coerced.value;
    if (isBuiltInColumn(name)) columns[name] = coerced.value;
    else if (coerced.value === null) delete custom[name];
    else custom[name] = coerced.value;
  }
  if (issues.length > 0)
    throw new AppError("invalid_input", "Some values do not fit their attributes.", {
      fieldIssues: issues,
    });
  if (Object.keys(after).length === 0) return guest;

  return prisma.$transaction(async (tx) => {
    const updated = await tx.guestUser.update({
      where: { id, tenantId: access.tenant.id },
      data: { ...columns, attributes: custom },
      omit: { passwordHash: true },
    });
    await recordChange(tx, access, {
      action: "guestUser.updated",
      targetType: "GuestUser",
      targetId: id,
      before,
      after,
    });
    return updated;
  });
}
