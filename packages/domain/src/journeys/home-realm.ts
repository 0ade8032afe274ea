import type { Text } from "../i18n/text";
import { sqlPool } from "../database/sql-pool";
import type { ActionJourney } from "./journey-store";

export interface HomeRealm {
  identityProviderId: string;
  displayName: string;
  /** The domain the address matched (the address's own, or one above it). */
  domain: string;
  /** The journey's flow offers this provider. */
  offered: boolean;
}

/** contoso.com for a@contoso.com; eu.contoso.com and contoso.com for a@eu.contoso.com. */
function domainsOf(email: string): string[] {
  const labels = email
    .slice(email.lastIndexOf("@") + 1)
    .toLowerCase()
    .split(".");
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join("."));
}

/**
 * The enabled provider whose home realm this address is in, the most specific
 * domain winning; null when none. Such an address signs in there and no other
 * way, as with Entra's domain-based federation: a person who leaves the partner
 * loses access with their account at the partner.
 */
export async function homeRealmOf(
  journey: ActionJourney,
  email: string,
): Promise<HomeRealm | null> {
  const { rows } = await sqlPool().query<{ id: string; displayName: string; domain: string }>(
    `SELECT p.id, p."displayName", d.domain
       FROM "IdentityProviderDomain" d
       JOIN "IdentityProvider" p ON p.id = d."identityProviderId" AND p."tenantId" = d."tenantId"
      WHERE d."tenantId" = $1 AND d.domain = ANY($2::text[]) AND p.enabled
      ORDER BY length(d.domain) DESC
      LIMIT 1`,
    [journey.tenantId, domainsOf(email)],
  );
  const realm = rows[0];
  if (!realm) return null;
  return {
    identityProviderId: realm.id,
    displayName: realm.displayName,
    domain: realm.domain,
    offered: journey.methods.federated.includes(realm.id),
  };
}

/** What the page says when an address of a home realm tries another way in. */
export function homeRealmMessage(realm: HomeRealm, text: Text): string {
  const values = { domain: realm.domain, provider: realm.displayName };
  return realm.offered
    ? text("messages.homeRealm", values)
    : text("messages.homeRealmNotOffered", values);
}
