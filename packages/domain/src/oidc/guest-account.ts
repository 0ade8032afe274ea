import type { Account, KoaContextWithOIDC } from "oidc-provider";
import { BUILT_IN_ATTRIBUTE_COLUMNS } from "../attributes/built-in-attributes";
import { claimNameFor } from "../attributes/claim-names";
import type pg from "pg";
import type { TenantConfigCache } from "./tenant-config-cache";
import { sqlPool } from "../database/sql-pool";
import { TERMS_ACCEPTED_CLAIM } from "../terms/terms-schemas";
import type { Tenant } from "../generated/prisma/client";
import {
  tokenIssuanceClaims,
  type TokenConnectorGuest,
  type TokenConnectorSettings,
} from "./token-issuance-claims";

/** Claims every token carries, whatever the flow chooses; acr and amr say how the person signed in. */
const ALWAYS = ["sub", "tid", "idp", "acr", "amr"];
/** Standard claims, released when their scope is granted. */
const SCOPE_CLAIMS: Record<string, string[]> = {
  email: ["email", "email_verified"],
  profile: ["name", "given_name", "family_name", "locale"],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface GuestRow extends Record<string, unknown> {
  id: string;
  emailVerified: boolean;
  attributes: Record<string, unknown>;
  primarySignInType: string | null;
  primaryIssuer: string | null;
  primaryProviderType: string | null;
}

/**
 * Finds an active guest user of the tenant as oidc-provider's account. The
 * claims are the standard ones the granted scopes allow plus the attributes
 * the requesting application's user flow returns ("claims to return").
 * A blocked or deleted user is no account: their sessions and tokens stop working.
 * Every token request comes through here, so the queries are plain SQL (see sql-pool.ts).
 */
export async function findGuestAccount(
  tenant: Tenant,
  ctx: KoaContextWithOIDC,
  sub: string,
  pool: pg.Pool = sqlPool(),
  claimSettings?: TenantConfigCache<ClaimSettings>,
  tokenConnector?: TokenConnectorSettings,
): Promise<Account | undefined> {
  if (!UUID.test(sub)) return undefined;
  const { rows } = await pool.query<GuestRow>(
    `SELECT g.*, i."signInType" AS "primarySignInType", i.issuer AS "primaryIssuer",
            p.type AS "primaryProviderType"
       FROM "GuestUser" g
       LEFT JOIN LATERAL (
         SELECT "signInType", issuer, "identityProviderId" FROM "GuestIdentity"
          WHERE "guestUserId" = g.id ORDER BY "createdAt" LIMIT 1
       ) i ON true
       LEFT JOIN "IdentityProvider" p ON p.id = i."identityProviderId"
      WHERE g.id = $1 AND g."tenantId" = $2 AND g.status = 'ACTIVE'`,
    [sub, tenant.id],
  );
  const guest = rows[0];
  if (!guest) return undefined;

  return {
    accountId: guest.id,
    async claims(_use, scope) {
      const granted = new Set(scope.split(" "));
      const clientId = ctx.oidc.client?.clientId ?? "";
      const load = () => loadClaimSettings(pool, tenant.id, clientId);
      const { returnClaims, attributes } = (await (claimSettings
        ? claimSettings.find(tenant.id, clientId, load)
        : load()))!;

      const values: Record<string, unknown> = {};
      for (const column of BUILT_IN_ATTRIBUTE_COLUMNS) values[column] = guest[column] ?? undefined;
      Object.assign(values, guest.attributes);

      const claims: Record<string, unknown> = {
        sub: guest.id,
        tid: tenant.id,
        idp:
          guest.primarySignInType === "federated"
            ? guest.primaryIssuer
            : guest.primaryProviderType === "EMAIL_PASSWORD"
              ? "local"
              : "mail",
      };
      const released = new Set([...ALWAYS, ...[...granted].flatMap((s) => SCOPE_CLAIMS[s] ?? [])]);
      if (granted.has("email")) claims.email_verified = guest.emailVerified;
      // The language of the person's last sign-in (OIDC Core 5.1), for the application's own pages.
      if (typeof guest.locale === "string") claims.locale = guest.locale;

      if (returnClaims?.includes(TERMS_ACCEPTED_CLAIM))
        claims.terms_accepted = await acceptedTermsOf(pool, tenant.id, guest.id);
      for (const attribute of attributes) {
        const name = claimNameFor(attribute, tenant.extensionAppId);
        const chosen = returnClaims?.includes(attribute.name) ?? false;
        const value = values[attribute.name];
        if (value === undefined || value === null || value === "") continue;
        if (chosen || released.has(name)) claims[name] = value;
      }
      // Guestlist's own claims win over any of the same name the connector gave.
      const added = tokenConnector
        ? await tokenIssuanceClaims(
            ctx,
            tenant,
            guest as GuestRow & TokenConnectorGuest,
            pool,
            tokenConnector,
          )
        : {};
      return { ...added, ...claims } as Awaited<ReturnType<Account["claims"]>>;
    },
  };
}

/** The latest version of each document the person accepted, by the document's name. */
async function acceptedTermsOf(
  pool: pg.Pool,
  tenantId: string,
  guestUserId: string,
): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ name: string; version: number }>(
    `SELECT d.name, max(a.version) AS version
       FROM "TermsAcceptance" a JOIN "TermsDocument" d ON d.id = a."documentId"
      WHERE a."tenantId" = $1 AND a."guestUserId" = $2
      GROUP BY d.name`,
    [tenantId, guestUserId],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.version]));
}

/** What decides which claims an application's tokens carry: its flow's chosen claims and the tenant's attributes. */
export interface ClaimSettings {
  returnClaims: string[] | null;
  attributes: { name: string; builtIn: boolean }[];
}

/** One round trip: the flow's chosen claims (none without a client) and the tenant's attributes. */
async function loadClaimSettings(
  pool: pg.Pool,
  tenantId: string,
  clientId: string,
): Promise<ClaimSettings> {
  const { rows } = await pool.query<ClaimSettings>(
    `SELECT (SELECT f."returnClaims" FROM "Application" a
               JOIN "UserFlow" f ON f.id = a."userFlowId"
              WHERE a."tenantId" = $1 AND a."clientId" = $2) AS "returnClaims",
            coalesce((SELECT json_agg(json_build_object('name', name, 'builtIn', "builtIn"))
                        FROM "UserAttribute" WHERE "tenantId" = $1), '[]') AS attributes`,
    [tenantId, clientId],
  );
  return rows[0]!;
}

/** Every claim a tenant can issue, by scope, for oidc-provider's `claims` configuration. */
export function tenantClaimsConfiguration(
  tenant: Tenant,
  attributes: { name: string; builtIn: boolean }[],
  connectorClaims: string[] = [],
): Record<string, string[]> {
  const standard = new Set(Object.values(SCOPE_CLAIMS).flat());
  const attributeClaims = attributes
    .map((a) => claimNameFor(a, tenant.extensionAppId))
    .filter((c) => !standard.has(c));
  // What the flows' token issuance connectors may add (each flow's own list is applied when they are called).
  const added = connectorClaims.filter((name) => !attributeClaims.includes(name));
  return {
    openid: [...new Set([...ALWAYS, "terms_accepted", ...attributeClaims, ...added])],
    ...SCOPE_CLAIMS,
  };
}
