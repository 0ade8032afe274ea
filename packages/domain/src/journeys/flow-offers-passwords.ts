import type { PrismaClient } from "../database/prisma-client";

/** Whether the journey's user flow offers email + password accounts. */
export async function flowOffersPasswords(
  prisma: PrismaClient,
  tenantId: string,
  userFlowId: string | null,
): Promise<boolean> {
  if (!userFlowId) return false;
  const count = await prisma.userFlowIdentityProvider.count({
    where: { tenantId, userFlowId, identityProvider: { type: "EMAIL_PASSWORD", enabled: true } },
  });
  return count > 0;
}
