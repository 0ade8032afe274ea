import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { createTenant } from "./create-tenant";
import type { TCreateTenantInput } from "./tenant-schemas";

/** Any operator may create a tenant; they become its owner. */
export async function createTenantAsOperator(
  prisma: PrismaClient,
  operatorId: string,
  input: TCreateTenantInput,
) {
  return prisma.$transaction(async (tx) => {
    const tenant = await createTenant(tx, input);
    await tx.tenantMembership.create({
      data: { tenantId: tenant.id, operatorId, role: "OWNER" },
    });
    await recordChange(
      tx,
      { tenant, role: "OWNER", actor: { type: "OPERATOR", id: operatorId } },
      {
        action: "tenant.created",
        targetType: "Tenant",
        targetId: tenant.id,
        after: { slug: tenant.slug, name: tenant.name },
      },
    );
    return tenant;
  });
}
