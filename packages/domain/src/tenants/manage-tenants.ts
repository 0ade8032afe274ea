import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { createTenant } from "./create-tenant";
import {
  ZExternalCollaborationSettings,
  ZRenameTenantInput,
  type TCreateTenantInput,
  type TExternalCollaborationSettings,
  type TRenameTenantInput,
} from "./tenant-schemas";

/** The tenants an operator belongs to, with their role in each. */
export async function listTenantsForOperator(prisma: PrismaClient, operatorId: string) {
  const memberships = await prisma.tenantMembership.findMany({
    where: { operatorId },
    include: { tenant: true },
    orderBy: { tenant: { name: "asc" } },
  });
  return memberships.map(({ tenant, role }) => ({
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    role,
  }));
}

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

export async function renameTenant(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TRenameTenantInput,
) {
  assertCan(access, "tenant.manage");
  const { name } = ZRenameTenantInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const tenant = await tx.tenant.update({ where: { id: access.tenant.id }, data: { name } });
    await recordChange(tx, access, {
      action: "tenant.renamed",
      targetType: "Tenant",
      targetId: tenant.id,
      before: { name: access.tenant.name },
      after: { name },
    });
    return tenant;
  });
}

export async function updateExternalCollaborationSettings(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TExternalCollaborationSettings,
) {
  assertCan(access, "settings.manage");
  const settings = ZExternalCollaborationSettings.parse(input);
  const { tenant } = access;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.tenant.update({
      where: { id: tenant.id },
      data: { ...settings, signUpDomains: [...new Set(settings.signUpDomains)] },
    });
    await recordChange(tx, access, {
      action: "settings.updated",
      targetType: "Tenant",
      targetId: tenant.id,
      before: {
        selfServiceSignUpEnabled: tenant.selfServiceSignUpEnabled,
        signUpDomainPolicy: tenant.signUpDomainPolicy,
        signUpDomains: tenant.signUpDomains,
      },
      after: settings,
    });
    return updated;
  });
}
