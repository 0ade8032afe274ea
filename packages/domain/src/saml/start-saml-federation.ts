import type { PrismaClient } from "../database/prisma-client";
import type { IdentityProvider } from "../generated/prisma/client";
import { updateJourney, type ActionJourney } from "../journeys/journey-store";
import type { JourneyData } from "../journeys/journey-data";
import type { JourneySettings } from "../journeys/journey-settings";
import { buildSamlRequest } from "./saml-sign-in";
import { samlIdentityProviderOf, samlServiceProviderFor } from "./saml-settings";
import { samlServiceProviderKey } from "./service-provider-key";

/** Where the page that posts an HTTP-POST AuthnRequest lives. */
export const samlPostPagePath = (tenantSlug: string, uid: string) =>
  `/${tenantSlug}/federation/saml/post/${uid}`;

/**
 * Sends the person to a SAML identity provider: a signed AuthnRequest whose id
 * only the response to it may name, RelayState the journey's state. With the
 * HTTP-Redirect binding the browser goes straight there; with HTTP-POST our
 * own page posts the form the journey keeps.
 */
export async function startSamlFederation(
  prisma: PrismaClient,
  settings: JourneySettings & { hostedBaseUrl: string },
  journey: ActionJourney,
  data: JourneyData,
  provider: IdentityProvider,
  state: string,
): Promise<string> {
  const key = await samlServiceProviderKey(prisma, journey.tenant, settings.encryptionKey);
  const sp = samlServiceProviderFor(settings.hostedBaseUrl, journey.tenant.slug, key);
  const request = await buildSamlRequest(sp, samlIdentityProviderOf(provider), state);
  await updateJourney(journey, {
    state: "AWAITING_FEDERATION",
    data: {
      ...data,
      federation: {
        identityProviderId: provider.id,
        state,
        nonce: "",
        codeVerifier: "",
        saml: {
          requestId: request.requestId,
          ...(request.binding === "HTTP-POST"
            ? { post: { url: request.url, fields: request.fields } }
            : {}),
        },
      },
    },
  });
  return request.binding === "HTTP-Redirect"
    ? request.url
    : samlPostPagePath(journey.tenant.slug, journey.interactionId);
}
