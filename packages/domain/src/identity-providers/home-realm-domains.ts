import { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors/app-error";

/**
 * Makes `domains` the provider's home realm, in the caller's transaction. A
 * domain is one provider's in a tenant: one already taken is refused by name,
 * and two admins claiming it at once are kept apart by the table's key (the
 * loser's transaction fails with a unique violation; see homeRealmConflict).
 */
export async function writeHomeRealmDomains(
  tx: Prisma.TransactionClient,
  tenantId: string,
  identityProviderId: string,
  domains: string[],
): Promise<void> {
  const wanted = [...new Set(domains)];
  const taken = await tx.identityProviderDomain.findFirst({
    where: { tenantId, domain: { in: wanted }, identityProviderId: { not: identityProviderId } },
    select: { domain: true, identityProvider: { select: { displayName: true } } },
  });
  if (taken) {
    const message = `${taken.domain} already signs in with ${taken.identityProvider.displayName}.`;
    throw new AppError("conflict", message, { fieldIssues: [{ path: "emailDomains", message }] });
  }
  await tx.identityProviderDomain.deleteMany({ where: { tenantId, identityProviderId } });
  await tx.identityProviderDomain.createMany({
    data: wanted.map((domain) => ({ tenantId, identityProviderId, domain })),
  });
}

/** A unique violation from a racing write, told as the check above would have. */
export function homeRealmConflict(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    return new AppError(
      "conflict",
      "Another change to these identity providers was saved at the same time. Reload and try again.",
    );
  return error;
}
