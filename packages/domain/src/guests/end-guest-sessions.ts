import type { Prisma } from "../generated/prisma/client";

/**
 * Ends everything that lets these users in without signing in again: their
 * sign-in sessions, grants, access and refresh tokens and unused codes.
 * Remembered consent stays; it is not a credential.
 */
export async function endGuestSessions(
  tx: Prisma.TransactionClient,
  tenantId: string,
  guestUserIds: string[],
): Promise<{ sessions: number }> {
  if (guestUserIds.length === 0) return { sessions: 0 };
  const grants = await tx.oidcGrant.findMany({
    where: { tenantId, guestUserId: { in: guestUserIds } },
    select: { id: true },
  });
  const grantIds = grants.map((grant) => grant.id);
  await tx.authorizationCode.deleteMany({ where: { tenantId, guestUserId: { in: guestUserIds } } });
  await tx.refreshToken.deleteMany({ where: { tenantId, guestUserId: { in: guestUserIds } } });
  if (grantIds.length > 0) {
    await tx.authorizationCode.deleteMany({ where: { tenantId, grantId: { in: grantIds } } });
    await tx.refreshToken.deleteMany({ where: { tenantId, grantId: { in: grantIds } } });
    await tx.oidcArtifact.deleteMany({ where: { tenantId, grantId: { in: grantIds } } });
    await tx.oidcGrant.deleteMany({ where: { tenantId, id: { in: grantIds } } });
  }
  const sessions = await tx.$executeRaw`
    DELETE FROM "OidcArtifact"
    WHERE "tenantId" = ${tenantId}::uuid AND kind = 'Session'
      AND payload->>'accountId' = ANY(${guestUserIds}::text[])`;
  return { sessions };
}

/** How many sign-in sessions a user has open. */
export async function countGuestSessions(
  tx: Prisma.TransactionClient,
  tenantId: string,
  guestUserId: string,
): Promise<number> {
  const [row] = await tx.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM "OidcArtifact"
    WHERE "tenantId" = ${tenantId}::uuid AND kind = 'Session'
      AND payload->>'accountId' = ${guestUserId}
      AND ("expiresAt" IS NULL OR "expiresAt" > now())`;
  return Number(row?.count ?? 0);
}
