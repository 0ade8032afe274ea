import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { PrismaClient } from "../database/prisma-client";
import type { Tenant } from "../generated/prisma/client";
import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW } from "../database/sql-time";
import { journeyData, type InteractionOutcome } from "../journeys/journey-data";
import { guestlistMetrics } from "../metrics/guestlist-metrics";
import { rememberConsent } from "./remembered-consent";

/**
 * Hands a finished journey to oidc-provider. Our pages record the outcome on
 * the journey; this runs on the raw request (it needs the interaction cookie)
 * and turns a consent decision into a saved Grant for exactly what the
 * provider said was missing. It can run any number of times, in parallel too
 * (a double click, ten tabs): the outcome stays on the journey until the
 * journey is swept, and one consent Grant is claimed by a conditional write,
 * so every request hands over the same result. Returns false when the journey
 * has no outcome yet.
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
  if (!journey || !data || !outcome) return false;

  let result: Record<string, unknown> = outcome;
  if ("consent" in outcome) {
    const grantId =
      data.grantId ?? (await grantConsent(prisma, provider, tenant, details, journey.id, pool));
    result = { consent: { grantId } };
  }
  // Merged with earlier results of this authorization (login, create), which a consent result must not undo.
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
  guestlistMetrics().journeysFinished.inc({ outcome: outcomeLabel(outcome) });
  return true;
}

function outcomeLabel(outcome: InteractionOutcome): string {
  if ("error" in outcome) return "cancelled";
  if ("consent" in outcome) return "consented";
  return outcome.create ? "signed_up" : "signed_in";
}

type InteractionDetails = Awaited<ReturnType<Provider["interactionDetails"]>>;

/** Saves the Grant for what was missing, once per journey: the first request's Grant is claimed, a later one's dropped. */
async function grantConsent(
  prisma: PrismaClient,
  provider: Provider,
  tenant: Tenant,
  details: InteractionDetails,
  journeyId: string,
  pool: pg.Pool,
): Promise<string> {
  const { prompt, params, session, grantId: existingId } = details;
  const existing = existingId ? await provider.Grant.find(existingId) : undefined;
  const grant =
    existing ??
    new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
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
  const saved = await grant.save();
  const claimed = await pool.query(
    `UPDATE "Journey" SET data = jsonb_set(data, '{grantId}', to_jsonb($3::text)), "updatedAt" = ${SQL_NOW}
      WHERE id = $1 AND "tenantId" = $2 AND NOT (data ? 'grantId')`,
    [journeyId, tenant.id, saved],
  );
  // Lost the claim: the update waited for the winner's commit, so a new statement sees its Grant.
  const { rows } = claimed.rowCount
    ? { rows: [{ grantId: saved }] }
    : await pool.query<{ grantId: string }>(
        `SELECT data->>'grantId' AS "grantId" FROM "Journey" WHERE id = $1 AND "tenantId" = $2`,
        [journeyId, tenant.id],
      );
  const winner = rows[0]!.grantId;
  if (winner !== saved) {
    if (!existing) await grant.destroy();
    return winner;
  }
  await rememberConsent(prisma, {
    tenantId: tenant.id,
    guestUserId: session!.accountId,
    clientId: String(params.client_id),
    scopes: (grant.getOIDCScope() ?? "").split(" ").filter(Boolean),
  });
  return saved;
}
