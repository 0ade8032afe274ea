import type { Prisma } from "../generated/prisma/client";

export interface WaysIn {
  /** An enabled flow offers email codes: the address itself signs in. */
  emailCode: boolean;
  /** The account has a password and an enabled flow offers passwords. */
  password: boolean;
  /** Linked upstream identities whose provider an enabled flow offers, by identity id. */
  federated: string[];
}

/**
 * How this person can still sign in, counted across the tenant's enabled
 * flows: what "never the last way in" protects. Called in the transaction
 * that removes a way, after locking the account's row.
 */
export async function waysIn(
  tx: Prisma.TransactionClient,
  tenantId: string,
  guestUserId: string,
): Promise<WaysIn> {
  const [offered, guest, identities] = await Promise.all([
    tx.identityProvider.findMany({
      where: {
        tenantId,
        enabled: true,
        userFlows: { some: { userFlow: { enabled: true } } },
      },
      select: { id: true, type: true },
    }),
    tx.guestUser.findFirst({
      where: { id: guestUserId, tenantId },
      select: { passwordHash: true },
    }),
    tx.guestIdentity.findMany({
      where: { tenantId, guestUserId, signInType: "federated" },
      select: { id: true, identityProviderId: true },
    }),
  ]);
  const offeredIds = new Set(offered.map((provider) => provider.id));
  return {
    emailCode: offered.some((provider) => provider.type === "EMAIL_OTP"),
    password:
      Boolean(guest?.passwordHash) &&
      offered.some((provider) => provider.type === "EMAIL_PASSWORD"),
    federated: identities
      .filter(
        (identity) => identity.identityProviderId && offeredIds.has(identity.identityProviderId),
      )
      .map((identity) => identity.id),
  };
}

export function countWaysIn(ways: WaysIn): number {
  return Number(ways.emailCode) + Number(ways.password) + ways.federated.length;
}

/** Locks the account's row until the transaction ends: two removals of two ways cannot both see the other one left. */
export async function lockAccount(
  tx: Prisma.TransactionClient,
  tenantId: string,
  guestUserId: string,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "GuestUser"
     WHERE id = ${guestUserId}::uuid AND "tenantId" = ${tenantId}::uuid AND status = 'ACTIVE'
     FOR UPDATE`;
  return rows.length === 1;
}
