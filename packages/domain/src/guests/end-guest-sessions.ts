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

/**
 * Ends every session, grant and token of one user except the session `keepSid`
 * names (the provider's per-client sid of the account page) and the grants it
 * holds: what a password change does, so whoever else was signed in is not
 * any more, while the person making the change stays signed in here.
 */
export async function endOtherGuestSessions(
  tx: Prisma.TransactionClient,
  tenantId: string,
  guestUserId: string,
  keep: { clientId: string; sid: string },
): Promise<{ sessions: number }> {
  const current = await tx.$queryRaw<{ grantIds: string[] | null }[]>`
    SELECT array(SELECT value->>'grantId' FROM jsonb_each(payload->'authorizations')
                  WHERE value->>'grantId' IS NOT NULL) AS "grantIds"
      FROM "OidcArtifact"
     WHERE "tenantId" = ${tenantId}::uuid AND kind = 'Session'
       AND payload->>'accountId' = ${guestUserId}
       AND payload->'authorizations'->${keep.clientId}->>'sid' = ${keep.sid}`;
  const kept = current.flatMap((row) => row.grantIds ?? []);
  const others = await tx.oidcGrant.findMany({
    where: { tenantId, guestUserId, id: { notIn: kept } },
    select: { id: true },
  });
  const grantIds = others.map((grant) => grant.id);
  await tx.authorizationCode.deleteMany({
    where: {
      tenantId,
      OR: [{ guestUserId }, { grantId: { in: grantIds } }],
      grantId: { notIn: kept },
    },
  });
  await tx.refreshToken.deleteMany({
    where: {
      tenantId,
      OR: [{ guestUserId }, { grantId: { in: grantIds } }],
      grantId: { notIn: kept },
    },
  });
  await tx.oidcArtifact.deleteMany({ where: { tenantId, grantId: { in: grantIds } } });
  await tx.oidcGrant.deleteMany({ where: { tenantId, id: { in: grantIds } } });
  const sessions = await tx.$executeRaw`
    DELETE FROM "OidcArtifact"
     WHERE "tenantId" = ${tenantId}::uuid AND kind = 'Session'
       AND payload->>'accountId' = ${guestUserId}
       AND coalesce(payload->'authorizations'->${keep.clientId}->>'sid', '') <> ${keep.sid}`;
  return { sessions };
}
