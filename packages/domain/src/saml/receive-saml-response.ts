import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../database/prisma-client";
import { isAppError } from "../errors/app-error";
import { createLogger } from "../logging/logger";
import { journeyForAction, updateJourney, withoutFlash } from "../journeys/journey-store";
import type { JourneySettings } from "../journeys/journey-settings";
import { claimSamlAssertion } from "./claim-saml-assertion";
import { readSamlResponse, SamlResponseRejected } from "./saml-sign-in";
import {
  claimsOfSamlIdentity,
  samlIdentityProviderOf,
  samlServiceProviderFor,
} from "./saml-settings";
import { samlServiceProviderKey } from "./service-provider-key";

const log = createLogger("federation");

export interface ReceivedSamlResponse {
  uid: string;
  /** Set as a cookie in the browser that posted the response: completing needs it, and the journey's own cookie. */
  handoff: string | null;
  /** A response was verified for this journey already (a double post): go on with the handoff given then. */
  alreadyReceived?: boolean;
}

/**
 * The identity provider posted a response to the ACS (a cross-site POST, so
 * the journey's SameSite cookies are not here). It is verified now (signature,
 * issuer, audience, ACS, time, our request, first use) and kept on the journey
 * with a random handoff that only this browser receives; the browser that
 * started the journey completes it (completeSamlFederation), and only if it is
 * also this one. A refused response sends the person back with why.
 */
export async function receiveSamlResponse(
  prisma: PrismaClient,
  settings: JourneySettings & { hostedBaseUrl: string },
  input: { tenantSlug: string; samlResponse: string; relayState: string },
): Promise<ReceivedSamlResponse | null> {
  const uid = input.relayState.split(".")[0] ?? "";
  if (!uid) return null;
  let journey;
  try {
    journey = await journeyForAction(input.tenantSlug, uid, "samlResponseReceived");
  } catch (error) {
    if (isAppError(error)) return { uid, handoff: null };
    throw error;
  }
  const data = withoutFlash(journey.data);
  const { federation, ...rest } = data;
  const back = async (message: string) => {
    await updateJourney(journey, { state: "STARTED", data: { ...rest, flash: { message } } });
    return { uid, handoff: null };
  };
  if (!federation?.saml || federation.state !== input.relayState)
    return back(journey.text("messages.federationMismatch"));
  if (federation.saml.received) return { uid, handoff: null, alreadyReceived: true };
  const provider = journey.methods.federated.includes(federation.identityProviderId)
    ? await prisma.identityProvider.findFirst({
        where: {
          id: federation.identityProviderId,
          tenantId: journey.tenantId,
          enabled: true,
          type: "SAML",
        },
      })
    : null;
  if (!provider) return back(journey.text("messages.optionGone"));
  const key = await samlServiceProviderKey(prisma, journey.tenant, settings.encryptionKey);
  try {
    const identity = await readSamlResponse(
      samlServiceProviderFor(settings.hostedBaseUrl, journey.tenant.slug, key),
      samlIdentityProviderOf(provider),
      { samlResponse: input.samlResponse, expectedRequestId: federation.saml.requestId },
      (assertionId, expiresAt) => claimSamlAssertion(journey.tenantId, assertionId, expiresAt),
    );
    const handoff = randomBytes(32).toString("base64url");
    await updateJourney(journey, {
      data: {
        ...data,
        federation: {
          ...federation,
          saml: {
            ...federation.saml,
            received: {
              handoff,
              claims: claimsOfSamlIdentity(
                identity,
                provider.claimMapping as Record<string, string>,
              ),
            },
          },
        },
      },
    });
    return { uid, handoff };
  } catch (error) {
    if (!(error instanceof SamlResponseRejected)) throw error;
    log.warn("SAML response rejected", { provider: provider.id, reason: error.message });
    return back(journey.text("messages.federationFailed", { provider: provider.displayName }));
  }
}
