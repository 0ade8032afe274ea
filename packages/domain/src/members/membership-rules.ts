import type { TenantAccess } from "../access/tenant-access";
import type { Prisma } from "../database/prisma-client";
import { AppError } from "../errors/app-error";

/**
 * Reads a membership about to change, in the transaction that changes it, and
 * refuses a change that would leave the tenant without an owner. The tenant's
 * owner rows are locked first: two owners demoting or removing each other at
 * once are serialised, and the second sees only one owner left.
 */
export async function membershipForChange(
  tx: Prisma.TransactionClient,
  access: TenantAccess,
  membershipId: string,
  change: { staysOwner: boolean },
) {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "TenantMembership"
    WHERE "tenantId" = ${access.tenant.id} AND role = 'OWNER'
    FOR UPDATE`;
  const membership = await tx.tenantMembership.findFirst({
    where: { id: membershipId, tenantId: access.tenant.id },
    include: { operator: true },
  });
  if (!membership) throw new AppError("not_found", "There is no such member in this tenant.");
  if (membership.role === "OWNER" && !change.staysOwner && owners.length <= 1)
    throw new AppError(
      "conflict",
      "A tenant needs at least one owner: make someone else owner first.",
    );
  return membership;
}
