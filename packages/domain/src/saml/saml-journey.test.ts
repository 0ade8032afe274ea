import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { startFederation } from "../federation/start-federation";
import { submitAttributes } from "../journeys/attributes-step";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { samlTestIdp } from "../../testing/saml-test-idp";
import { completeSamlFederation } from "./complete-saml-federation";
import { createSamlIdentityProvider } from "./create-saml-identity-provider";
import { receiveSamlResponse } from "./receive-saml-response";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const {
  settings: journeySettings,
  start,
  journeyOf,
} = journeyHarness(prisma, tenantSlug, "woodgrove-supplier-portal");
const settings = { ...journeySettings, hostedBaseUrl: "https://guestlist.test" };
const sp = {
  entityId: "https://guestlist.test/woodgrove/saml/metadata",
  acsUrl: "https://guestlist.test/woodgrove/federation/saml/acs",
};
const partner = samlTestIdp("https://idp.orchard.test", "https://idp.orchard.test/sso");
let providerId: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  const owner = await demoTenantOwner(prisma);
  const provider = await createSamlIdentityProvider(
    prisma,
    owner,
    { displayName: "Orchard AD FS", metadataXml: partner.metadataXml(), trustsEmailVerified: true },
    { allowPrivateNetworks: false },
  );
  providerId = provider.id;
  const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } });
  await prisma.userFlowIdentityProvider.create({
    data: {
      tenantId: owner.tenant.id,
      userFlowId: flow.id,
      identityProviderId: provider.id,
      position: 9,
    },
  });
});
afterAll(() => prisma.$disconnect());

/** A journey sent to the partner: its uid, RelayState and the AuthnRequest id. */
async function sentToPartner() {
  const uid = await start("login");
  const started = await startFederation(prisma, settings, {
    tenantSlug,
    uid,
    identityProviderId: providerId,
  });
  expect(started?.url).toMatch(/^https:\/\/idp\.orchard\.test\/sso\?SAMLRequest=/);
  const { federation } = (await journeyOf(uid)).data;
  return { uid, state: federation!.state, requestId: federation!.saml!.requestId };
}

const respond = (requestId: string, nameId = "ada@orchard.test") =>
  partner.respond({
    requestId,
    sp,
    nameId,
    attributes: {
      "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": "Ada",
      "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname": "Orchard",
    },
  });

describe("signing up and in with a partner's SAML identity provider", () => {
  it("signs up (names pre-filled), then signs in again with the same identity", async () => {
    const journey = await sentToPartner();
    const received = await receiveSamlResponse(prisma, settings, {
      tenantSlug,
      samlResponse: await respond(journey.requestId),
      relayState: journey.state,
    });
    expect(received?.handoff).toBeTruthy();
    // The browser that posted the response, coming back without the handoff, gets nothing.
    await completeSamlFederation(prisma, settings, {
      tenantSlug,
      state: journey.state,
      handoff: "not the handoff",
    });
    expect((await journeyOf(journey.uid)).state).toBe("STARTED");

    const again = await sentToPartner();
    const response = await respond(again.requestId);
    const handed = await receiveSamlResponse(prisma, settings, {
      tenantSlug,
      samlResponse: response,
      relayState: again.state,
    });
    // The IdP's page posted twice (a double click): the first answer stands.
    expect(
      await receiveSamlResponse(prisma, settings, {
        tenantSlug,
        samlResponse: response,
        relayState: again.state,
      }),
    ).toEqual({ uid: again.uid, handoff: null, alreadyReceived: true });
    await completeSamlFederation(prisma, settings, {
      tenantSlug,
      state: again.state,
      handoff: handed!.handoff!,
    });
    const signingUp = await journeyOf(again.uid);
    expect(signingUp).toMatchObject({ state: "COLLECTING_ATTRIBUTES", email: "ada@orchard.test" });
    expect(signingUp.data.upstream?.prefill).toMatchObject({
      givenName: "Ada",
      surname: "Orchard",
    });
    await submitAttributes(prisma, settings, {
      tenantSlug,
      uid: again.uid,
      values: {
        displayName: "Ada Orchard",
        BusinessName: "Orchard Ltd",
        BusinessRegistrationCode: "12",
      },
    });
    const account = (await journeyOf(again.uid)).guestUserId!;
    const identity = await prisma.guestIdentity.findFirstOrThrow({
      where: { guestUserId: account },
    });
    expect(identity).toMatchObject({
      signInType: "federated",
      issuer: "https://idp.orchard.test",
      issuerAssignedId: "ada@orchard.test",
      identityProviderId: providerId,
    });

    const third = await sentToPartner();
    const back = await receiveSamlResponse(prisma, settings, {
      tenantSlug,
      samlResponse: await respond(third.requestId),
      relayState: third.state,
    });
    await completeSamlFederation(prisma, settings, {
      tenantSlug,
      state: third.state,
      handoff: back!.handoff!,
    });
    expect(await journeyOf(third.uid)).toMatchObject({ state: "COMPLETED", guestUserId: account });
  });

  it("refuses a response replayed into another journey, or answering another request", async () => {
    const first = await sentToPartner();
    const response = await respond(first.requestId, "bo@orchard.test");
    await receiveSamlResponse(prisma, settings, {
      tenantSlug,
      samlResponse: response,
      relayState: first.state,
    });
    const second = await sentToPartner();
    const replayed = await receiveSamlResponse(prisma, settings, {
      tenantSlug,
      samlResponse: response,
      relayState: second.state,
    });
    expect(replayed?.handoff).toBeNull();
    expect((await journeyOf(second.uid)).data.flash?.message).toMatch(/did not work/);
  });
});
