import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { PrismaClient } from "../database/prisma-client";
import type { Tenant } from "../generated/prisma/client";
import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { journeyData } from "../journeys/journey-data";
import { rememberConsent } from "./remembered-consent";

/**
 * Hands a finished journey to oidc-provider. Our pages record the outcome on
 * the journey; this runs on the raw request (it needs the interaction cookie)
 * and turns a consent decision into a saved Grant for exactly what the
 * provider said was missing. Returns false when the journey has no outcome yet.
 */
export async function finishInteraction(
  prisma: PrismaClient,
  provider: Provider,
  tenant: Tenant,
  req: IncomingMessage,
  res: ServerResponse,
  pool: pg.Pool = sqlPool(),
): Promise<boolean> {
  const details = await provider.interactionDetails(req, res);
  const { rows } = await pool.query<{ id: string; data: unknown }>(
    `SELECT id, data FROM "Journey" WHERE "tenantId" = $1 AND "interactionId" = $2`,
    [tenant.id, details.uid],
  );
  const journey = rows[0];
  const data = journey ? journeyData(journey.data) : undefined;
  const outcome = data?.outcome;
  if (!journey || !outcome) return false;

  let result: Record<string, unknown> = outcome;
  if ("consent" in outcome) {
    const { prompt, params, session, grantId } = details;
    const grant = grantId
      ? ((await provider.Grant.find(grantId)) ??
        new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) }))
      : new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
    const missing = prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(" "));
    }
    result = { consent: { grantId: await grant.save() } };
    await rememberConsent(prisma, {
      tenantId: tenant.id,
      guestUserId: session!.accountId,
      clientId: String(params.client_id),
      scopes: (grant.getOIDCScope() ?? "").split(" ").filter(Boolean),
    });
  }

  const { outcome: _done, ...rest } = data;
  await pool.query(
    `UPDATE "Journey" SET data = $3, "updatedAt" = ${SQL_NOW} WHERE id = $1 AND "tenantId" = $2`,
    [journey.id, tenant.id, JSON.stringify(rest)],
  );
  // Merged with earlier results of this authorization (login, create), which a consent result must not undo.
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
  return true;
}
