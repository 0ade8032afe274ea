import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { Tenant } from "../generated/prisma/client";
import type { TenantRole } from "../generated/prisma/enums";
import { can, type Permission } from "./permissions";

export interface TenantActor {
  type: "OPERATOR" | "API_KEY";
  id: string;
}

/** Who acts in a tenant (a signed-in operator, or one of the tenant's API keys) and with which role. */
export interface TenantAccess {
  tenant: Tenant;
  role: TenantRole;
  actor: TenantActor;
}

/**
 * The operator's access to a tenant, by slug. Not being a member looks exactly
 * like the tenant not existing (not_found), so ids and names cannot be probed;
 * a member without the permission gets forbidden.
 */
export async function tenantAccess(
  prisma: PrismaClient,
  operatorId: string,
  tenantSlug: string,
  permission?: Permission,
): Promise<TenantAccess> {
  const membership = await prisma.tenantMembership.findFirst({
    where: { operatorId, tenant: { slug: tenantSlug } },
    include: { tenant: true },
  });
  if (!membership)
    throw new AppError("not_found", "There is no such tenant, or you are not a member of it.");
  if (permission && !can(membership.role, permission)) {
    throw new AppError("forbidden", "Your role in this tenant does not allow this change.");
  }
  return {
    tenant: membership.tenant,
    role: membership.role,
    actor: { type: "OPERATOR", id: operatorId },
  };
}

export function assertCan(access: TenantAccess, permission: Permission): void {
  if (!can(access.role, permission))
    throw new AppError("forbidden", "Your role in this tenant does not allow this change.");
}
