import * as client from "openid-client";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { createLogger } from "../logging/logger";
import { assertOffered } from "../journeys/journey-methods";
import { journeyForAction, updateJourney, withoutFlash } from "../journeys/journey-store";
import type { JourneySettings } from "../journeys/journey-settings";
import { FACEBOOK } from "./facebook";
import { upstreamConfiguration } from "./upstream-configuration";
import { startSamlFederation } from "../saml/start-saml-federation";

const log = createLogger("federation");

export function federationCallbackUrl(hostedBaseUrl: string, tenantSlug: string): string {
  return `${hostedBaseUrl.replace(/\/+$/, "")}/${tenantSlug}/federation/callback`;
}

/** Where to send the browser, and the state it must bring back. */
export interface FederationStart {
  url: string;
  state: string;
}

/**
 * The person chose an upstream provider: remember state, nonce and PKCE
 * verifier on the journey and return where to send the browser, and the state
 * the browser must keep (the caller binds it in a cookie). The state
 * starts with the interaction's uid, so the callback finds the journey; the
 * rest is random and checked. A provider that cannot be reached leaves the
 * person on the page with a message, free to choose another way.
 */
export async function startFederation(
  prisma: PrismaClient,
  settings: JourneySettings & { hostedBaseUrl: string },
  input: { tenantSlug: string; uid: string; identityProviderId: string; loginHint?: string },
): Promise<FederationStart | null> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "federationStarted");
  const data = withoutFlash(journey.data);
  // Only a provider this journey's flow offers, whatever id the request names.
  assertOffered(journey.methods.federated.includes(input.identityProviderId));
  const provider = await prisma.identityProvider.findFirst({
    where: {
      id: input.identityProviderId,
      tenantId: journey.tenantId,
      enabled: true,
      type: { notIn: ["EMAIL_OTP", "EMAIL_PASSWORD"] },
    },
  });
  if (!provider) throw new AppError("not_found", "This sign-in option is not available.");
  try {
    if (provider.type === "SAML") {
      const state = `${input.uid}.${client.randomState()}`;
      const url = await startSamlFederation(prisma, settings, journey, data, provider, state);
      return { url, state };
    }
    const config = await upstreamConfiguration(provider, {
      encryptionKey: settings.encryptionKey,
      allowInsecure: settings.connectors.allowPrivateNetworks,
    });
    const federation = {
      identityProviderId: provider.id,
      state: `${input.uid}.${client.randomState()}`,
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const loginHint = input.loginHint ?? journey.email;
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: federationCallbackUrl(settings.hostedBaseUrl, input.tenantSlug),
      scope:
        provider.type === "FACEBOOK"
          ? FACEBOOK.scope
          : provider.scopes.length
            ? provider.scopes.join(" ")
            : "openid profile email",
      state: federation.state,
      ...(provider.type === "FACEBOOK" ? {} : { nonce: federation.nonce }),
      code_challenge: await client.calculatePKCECodeChallenge(federation.codeVerifier),
      code_challenge_method: "S256",
      ...(loginHint ? { login_hint: loginHint } : {}),
    });
    await updateJourney(journey, {
      state: "AWAITING_FEDERATION",
      data: { ...data, federation },
    });
    return { url: url.href, state: federation.state };
  } catch (error) {
    if (error instanceof AppError) throw error;
    log.warn("upstream identity provider unavailable", { provider: provider.id, error });
    await updateJourney(journey, {
      state: "STARTED",
      data: {
        ...data,
        flash: {
          message: journey.text("messages.providerUnreachable", { provider: provider.displayName }),
        },
      },
    });
    return null;
  }
}
