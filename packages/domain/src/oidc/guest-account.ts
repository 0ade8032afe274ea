import type { Account, KoaContextWithOIDC } from "oidc-provider";
import { BUILT_IN_ATTRIBUTE_COLUMNS } from "../attributes/built-in-attributes";
import { claimNameFor } from "../attributes/claim-names";
import type { PrismaClient } from "../database/prisma-client";
import type { Tenant } from "../generated/prisma/client";

/** Claims every token carries, whatever the flow chooses. */
const ALWAYS = ["sub", "tid", "idp"];
/** Standard claims, released when their scope is granted. */
const SCOPE_CLAIMS: Record<string, string[]> = {
  email: ["email", "email_verified"],
  profile: ["name", "given_name", "family_name"],
};

/**
 * Finds an active guest user of the tenant as oidc-provider's account. The
 * claims are the standard ones the granted scopes allow plus the attributes
 * the requesting application's user flow returns ("claims to return").
 * A blocked or deleted user is no account: their sessions and tokens stop working.
 */
export async function findGuestAccount(
  prisma: PrismaClient,
  tenant: Tenant,
  ctx: KoaContextWithOIDC,
  sub: string,
): Promise<Account | undefined> {
  const guest = await prisma.guestUser.findFirst({
    where: { id: sub, tenantId: tenant.id, status: "ACTIVE" },
    include: { identities: { include: { identityProvider: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!guest) return undefined;

  return {
    accountId: guest.id,
    async claims(_use, scope) {
      const granted = new Set(scope.split(" "));
      const clientId = ctx.oidc.client?.clientId;
      const flow = clientId
        ? await prisma.application
            .findFirst({
              where: { tenantId: tenant.id, clientId },
              select: { userFlow: { select: { returnClaims: true } } },
            })
            .then((app) => app?.userFlow)
        : null;
      const attributes = await prisma.userAttribute.findMany({ where: { tenantId: tenant.id } });

      const values: Record<string, unknown> = {};
      for (const column of BUILT_IN_ATTRIBUTE_COLUMNS) values[column] = guest[column] ?? undefined;
      Object.assign(values, guest.attributes as Record<string, unknown>);

      const primary = guest.identities[0];
      const claims: Record<string, unknown> = {
        sub: guest.id,
        tid: tenant.id,
        idp:
          primary?.signInType === "federated"
            ? primary.issuer
            : primary?.identityProvider?.type === "EMAIL_PASSWORD"
              ? "local"
              : "mail",
      };
      const released = new Set([...ALWAYS, ...[...granted].flatMap((s) => SCOPE_CLAIMS[s] ?? [])]);
      if (granted.has("email")) claims.email_verified = guest.emailVerified;

      for (const attribute of attributes) {
        const name = claimNameFor(attribute, tenant.extensionAppId);
        const chosen = flow?.returnClaims.includes(attribute.name) ?? false;
        const value = values[attribute.name];
        if (value === undefined || value === null || value === "") continue;
        if (chosen || released.has(name)) claims[name] = value;
      }
      return claims as Awaited<ReturnType<Account["claims"]>>;
    },
  };
}

/** Every claim a tenant can issue, by scope, for oidc-provider's `claims` configuration. */
export function tenantClaimsConfiguration(
  tenant: Tenant,
  attributes: { name: string; builtIn: boolean }[],
): Record<string, string[]> {
  const standard = new Set(Object.values(SCOPE_CLAIMS).flat());
  const attributeClaims = attributes
    .map((a) => claimNameFor(a, tenant.extensionAppId))
    .filter((c) => !standard.has(c));
  return { openid: [...ALWAYS, ...attributeClaims], ...SCOPE_CLAIMS };
}
