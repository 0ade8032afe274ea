import * as client from "openid-client";
import type { PrismaClient } from "../database/prisma-client";
import { createLogger } from "../logging/logger";
import { journeyForAction, updateJourney, withoutFlash } from "../journeys/journey-store";
import type { JourneySettings } from "../journeys/journey-settings";
import { FACEBOOK, claimsFromFacebookProfile } from "./facebook";
import { upstreamConfiguration } from "./upstream-configuration";
import { continueWithUpstreamIdentity } from "./continue-with-upstream-identity";

const log = createLogger("federation");

/**
 * The upstream provider sent the browser back. Validates the answer with
 * openid-client (state, PKCE, nonce, ID token signature, issuer, audience,
 * expiry), then goes on as every upstream sign-in does
 * (continueWithUpstreamIdentity). Returns the interaction uid, whose page
 * shows what happens next.
 */
export async function completeFederation(
  prisma: PrismaClient,
  settings: JourneySettings & { hostedBaseUrl: string },
  input: { tenantSlug: string; callbackUrl: URL },
): Promise<string | null> {
  const state = input.callbackUrl.searchParams.get("state") ?? "";
  const uid = state.split(".")[0] ?? "";
  if (!uid) return null;
  const journey = await journeyForAction(input.tenantSlug, uid, "federationReturned");
  const data = withoutFlash(journey.data);
  const { federation, ...rest } = data;
  const back = async (message: string) => {
    await updateJourney(journey, {
      state: "STARTED",
      data: { ...rest, flash: { message } },
    });
    return uid;
  };
  if (!federation || federation.state !== state)
    return back(journey.text("messages.federationMismatch"));
  const provider = journey.methods.federated.includes(federation.identityProviderId)
    ? await prisma.identityProvider.findFirst({
        where: { id: federation.identityProviderId, tenantId: journey.tenantId, enabled: true },
      })
    : null;
  if (!provider) return back(journey.text("messages.optionGone"));
  if (input.callbackUrl.searchParams.get("error"))
    return back(journey.text("messages.federationCancelled", { provider: provider.displayName }));

  let claims: Record<string, unknown> & { iss: string; sub: string };
  try {
    const config = await upstreamConfiguration(provider, {
      encryptionKey: settings.encryptionKey,
      allowInsecure: settings.connectors.allowPrivateNetworks,
    });
    if (provider.type === "FACEBOOK") {
      // OAuth 2.0 and Graph: no ID token; the profile comes from /me.
      const tokens = await client.authorizationCodeGrant(config, input.callbackUrl, {
        pkceCodeVerifier: federation.codeVerifier,
        expectedState: federation.state,
      });
      const profile = await client.fetchProtectedResource(
        config,
        tokens.access_token,
        new URL(FACEBOOK.profileUrl),
        "GET",
      );
      claims = claimsFromFacebookProfile((await profile.json()) as Record<string, unknown>);
      if (!claims.sub) throw new Error("Graph returned no user id");
    } else {
      const tokens = await client.authorizationCodeGrant(config, input.callbackUrl, {
        pkceCodeVerifier: federation.codeVerifier,
        expectedState: federation.state,
        expectedNonce: federation.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // Many providers put profile and email claims only behind userinfo (OIDC Core 5.4).
      const userinfo =
        idToken.email === undefined
          ? await client.fetchUserInfo(config, tokens.access_token, idToken.sub)
          : {};
      claims = { ...userinfo, ...idToken };
    }
  } catch (error) {
    log.warn("upstream sign-in rejected", {
      provider: provider.id,
      reason: error instanceof Error ? error.message : String(error),
    });
    return back(journey.text("messages.federationFailed", { provider: provider.displayName }));
  }

  return continueWithUpstreamIdentity(prisma, settings, journey, rest, provider, claims);
}
