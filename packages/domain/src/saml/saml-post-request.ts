import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { journeyData } from "../journeys/journey-data";
import {
  hostedBranding,
  TENANT_BRANDING_SQL,
  type TenantBranding,
  type TenantBrandingColumns,
} from "../branding/hosted-branding";

/**
 * The HTTP-POST AuthnRequest a journey is waiting on: where to post it, its
 * fields, the state the browser's federation cookie must hold to see it, and
 * the tenant's branding for the page that posts it.
 */
export async function samlPostRequest(
  tenantSlug: string,
  uid: string,
  pool: pg.Pool = sqlPool(),
): Promise<{
  url: string;
  fields: Record<string, string>;
  state: string;
  providerName: string;
  tenant: TenantBranding;
} | null> {
  const { rows } = await pool.query<{
    data: unknown;
    providerName: string | null;
    branding: TenantBrandingColumns;
  }>(
    `SELECT j.data, p."displayName" AS "providerName", ${TENANT_BRANDING_SQL("t", "ab")} AS branding
       FROM "Journey" j JOIN "Tenant" t ON t.id = j."tenantId"
       LEFT JOIN "ApplicationBranding" ab ON ab."applicationId" = j."applicationId" AND ab."tenantId" = t.id
       LEFT JOIN "IdentityProvider" p
         ON p."tenantId" = t.id AND p.id::text = j.data->'federation'->>'identityProviderId'
      WHERE j."interactionId" = $1 AND t.slug = $2 AND j.state = 'AWAITING_FEDERATION'
        AND j."expiresAt" > ${SQL_NOW}`,
    [uid, tenantSlug],
  );
  const row = rows[0];
  const federation = row ? journeyData(row.data).federation : undefined;
  const post = federation?.saml?.post;
  if (!row || !federation || !post) return null;
  return {
    ...post,
    state: federation.state,
    providerName: row.providerName ?? "your organisation",
    tenant: hostedBranding(row.branding),
  };
}
