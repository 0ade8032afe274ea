import type { TenantAccess } from "../access/tenant-access";
import { AppError } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import { GUEST_NOT_FOUND } from "./guest-details";
import { ZGuestUserIds, type TGuestUserIds } from "./guest-schemas";

/** Users of this tenant among the ids; any other id (another tenant's, or none) fails the whole call. */
export async function guestsOfTenant(
  tx: Prisma.TransactionClient,
  access: TenantAccess,
  input: TGuestUserIds,
) {
  const { ids } = ZGuestUserIds.parse(input);
  const unique = [...new Set(ids)];
  const guests = await tx.guestUser.findMany({
    where: { tenantId: access.tenant.id, id: { in: unique } },
    select: { id: true, email: true, status: true },
  });
  if (guests.length !== unique.length) throw new AppError("not_found", GUEST_NOT_FOUND);
  return guests;
}
