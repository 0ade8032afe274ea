import { timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../database/prisma-client";
import { continueWithUpstreamIdentity } from "../federation/continue-with-upstream-identity";
import { journeyForAction, updateJourney, withoutFlash } from "../journeys/journey-store";
import type { JourneySettings } from "../journeys/journey-settings";

const same = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * The browser comes back from the ACS to finish a SAML sign-in. The caller has
 * checked that it holds the journey's federation cookie (it started it);
 * `handoff` must be the one the ACS gave the browser that posted the response.
 * Both in one browser, the verified identity goes on as every upstream
 * sign-in does. Returns the interaction uid.
 */
export async function completeSamlFederation(
  prisma: PrismaClient,
  settings: JourneySettings,
  input: { tenantSlug: string; state: string; handoff: string },
): Promise<string | null> {
  const uid = input.state.split(".")[0] ?? "";
  if (!uid) return null;
  const journey = await journeyForAction(input.tenantSlug, uid, "federationReturned");
  const { federation, ...rest } = withoutFlash(journey.data);
  const received = federation?.saml?.received;
  if (
    !federation ||
    federation.state !== input.state ||
    !received ||
    !same(received.handoff, input.handoff)
  ) {
    await updateJourney(journey, {
      state: "STARTED",
      data: {
        ...rest,
        flash: { message: journey.text("messages.federationMismatch") },
      },
    });
    return uid;
  }
  const provider = await prisma.identityProvider.findFirst({
    where: {
      id: federation.identityProviderId,
      tenantId: journey.tenantId,
      enabled: true,
      type: "SAML",
    },
  });
  if (!provider || !journey.methods.federated.includes(provider.id)) {
    await updateJourney(journey, {
      state: "STARTED",
      data: { ...rest, flash: { message: journey.text("messages.optionGone") } },
    });
    return uid;
  }
  return continueWithUpstreamIdentity(prisma, settings, journey, rest, provider, received.claims);
}
