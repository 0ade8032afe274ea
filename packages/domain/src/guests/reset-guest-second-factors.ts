import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { guestsOfTenant } from "./guests-of-tenant";

/**
 * For a person who lost their phone or passkey and their recovery codes: their
 * second factors and recovery codes are removed, so their next sign-in sets
 * one up again (where the flow requires one). Audited, with what was removed.
 */
export async function resetGuestSecondFactors(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
): Promise<{ removed: number }> {
  assertCan(access, "guestUsers.manage");
  return prisma.$transaction(async (tx) => {
    const [guest] = await guestsOfTenant(tx, access, { ids: [id] });
    const tenantId = access.tenant.id;
    const removed = await tx.guestAuthenticator.findMany({
      where: { tenantId, guestUserId: guest!.id },
      select: { type: true },
    });
    await tx.guestAuthenticator.deleteMany({ where: { tenantId, guestUserId: guest!.id } });
    await tx.guestRecoveryCode.deleteMany({ where: { tenantId, guestUserId: guest!.id } });
    await recordChange(tx, access, {
      action: "guestUser.secondFactorsReset",
      targetType: "GuestUser",
      targetId: guest!.id,
      before: { secondFactors: removed.map((entry) => entry.type) },
      after: { secondFactors: [] },
    });
    return { removed: removed.length };
  });
}
