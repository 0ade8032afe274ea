/**
 * What a person's second factors look like to them and to admins (kind, name,
 * synced, dates) and how many recovery codes are left; never a secret or key.
 * A Prisma `include` for GuestUser.
 */
export const SECOND_FACTOR_SUMMARY = {
  authenticators: {
    select: {
      id: true,
      type: true,
      name: true,
      backedUp: true,
      createdAt: true,
      lastUsedAt: true,
    },
    orderBy: { createdAt: "asc" },
  },
  _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
} as const;
