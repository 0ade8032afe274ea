import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { PrismaClient } from "../database/prisma-client";
import type { Prisma, Tenant } from "../generated/prisma/client";
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
): Promise<boolean> {
  const details = await provider.interactionDetails(req, res);
  const journey = await prisma.journey.findFirst({
    where: { tenantId: tenant.id, interactionId: details.uid },
  });
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
  await prisma.journey.update({
    where: { id: journey.id },
    data: { data: rest as unknown as Prisma.InputJsonValue },
  });
  // Merged with earlier results of this authorization (login, create), which a consent result must not undo.
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
  return true;
}
