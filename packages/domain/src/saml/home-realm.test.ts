import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { submitEmail } from "../journeys/email-step";
import { signInWithPassword, startPasswordReset } from "../journeys/password-step";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { samlTestIdp } from "../../testing/saml-test-idp";
import { createSamlIdentityProvider } from "./create-saml-identity-provider";
import { updateSamlIdentityProvider } from "./update-saml-identity-provider";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
const orchard = samlTestIdp("https://idp.orchard.test", "https://idp.orchard.test/sso");
const quince = samlTestIdp("https://idp.quince.test", "https://idp.quince.test/sso");
const noNetwork = { allowPrivateNetworks: false };
let owner: TenantAccess;
let flowId: string;
let orchardId: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma, { passwords: true });
  owner = await demoTenantOwner(prisma);
  const offered = await createSamlIdentityProvider(
    prisma,
    owner,
    {
      displayName: "Orchard AD FS",
      metadataXml: orchard.metadataXml(),
      emailDomains: ["orchard.test"],
    },
    noNetwork,
  );
  orchardId = offered.id;
  // Quince's realm is known to the tenant, but this flow does not offer it.
  await createSamlIdentityProvider(
    prisma,
    owner,
    { displayName: "Quince", metadataXml: quince.metadataXml(), emailDomains: ["quince.test"] },
    noNetwork,
  );
  const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } });
  flowId = flow.id;
  await prisma.userFlowIdentityProvider.create({
    data: { tenantId: owner.tenant.id, userFlowId: flowId, identityProviderId: orchardId },
  });
});
afterAll(() => prisma.$disconnect());

const typed = (uid: string, email: string) =>
  submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null });
const mailTo = (email: string) => prisma.emailMessage.count({ where: { to: email } });

describe("home realm discovery", () => {
  it("sends an address at the partner's domain, or below it, to the partner's IdP, with no code", async () => {
    for (const email of ["ada@orchard.test", "Bo@EU.Orchard.test"]) {
      const uid = await start("login");
      const started = await typed(uid, email);
      expect(started?.url).toMatch(/^https:\/\/idp\.orchard\.test\/sso\?SAMLRequest=/);
      const journey = await journeyOf(uid);
      expect(journey.state).toBe("AWAITING_FEDERATION");
      expect(journey.data.federation?.identityProviderId).toBe(orchardId);
      expect(journey.data.federation?.state).toBe(started?.state);
      expect(await mailTo(email.toLowerCase())).toBe(0);
    }
    // A look-alike domain is not the realm: it gets a code as anyone else.
    const uid = await start("create");
    expect(await typed(uid, "eve@notorchard.test")).toBeNull();
    expect((await journeyOf(uid)).state).toBe("AWAITING_OTP");
  });

  it("refuses a code, a password and a reset for the realm's addresses, naming where to sign in", async () => {
    const uid = await start("login");
    await signInWithPassword(prisma, {
      tenantSlug,
      uid,
      email: "ada@orchard.test",
      password: "whatever it is",
    });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.email).toBe(
      "People at orchard.test sign in with Orchard AD FS. Choose Orchard AD FS below.",
    );
    await startPasswordReset(prisma, settings, {
      tenantSlug,
      uid,
      email: "ada@orchard.test",
      requestIp: null,
    });
    expect((await journeyOf(uid)).state).toBe("STARTED");
    expect(await mailTo("ada@orchard.test")).toBe(0);

    // A realm the flow does not offer: no way in here, and the page says so.
    const other = await start("create");
    expect(await typed(other, "cy@quince.test")).toBeNull();
    const journey = await journeyOf(other);
    expect(journey.state).toBe("STARTED");
    expect(journey.data.flash?.fieldErrors?.email).toMatch(
      /sign in with Quince, which this application does not offer/,
    );
    expect(await mailTo("cy@quince.test")).toBe(0);
  });

  it("asks for the address in a flow with only federated providers, and sends others to the buttons", async () => {
    await prisma.userFlowIdentityProvider.deleteMany({
      where: {
        userFlowId: flowId,
        identityProvider: { type: { in: ["EMAIL_OTP", "EMAIL_PASSWORD"] } },
      },
    });
    const uid = await start("login");
    expect((await typed(uid, "ada@orchard.test"))?.url).toMatch(/^https:\/\/idp\.orchard\.test/);
    const stranger = await start("login");
    expect(await typed(stranger, "someone@elsewhere.test")).toBeNull();
    expect((await journeyOf(stranger)).data.flash?.fieldErrors?.email).toMatch(
      /cannot sign in here by email/,
    );
    expect(await mailTo("someone@elsewhere.test")).toBe(0);
  });

  it("gives a domain to one provider: a taken one is refused, and of racing claims one wins", async () => {
    const settingsOf = (domains: string[]) => ({
      displayName: "Quince",
      enabled: true,
      trustsEmailVerified: false,
      emailDomains: domains,
    });
    const quinceId = (
      await prisma.identityProvider.findFirstOrThrow({ where: { displayName: "Quince" } })
    ).id;
    await expect(
      updateSamlIdentityProvider(prisma, owner, quinceId, settingsOf(["orchard.test"]), noNetwork),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "orchard.test already signs in with Orchard AD FS.",
    });

    const racers = await Promise.all(
      ["Race one", "Race two", "Race three"].map((displayName, index) =>
        createSamlIdentityProvider(
          prisma,
          owner,
          {
            displayName,
            metadataXml: samlTestIdp(
              `https://idp.race${index}.test`,
              "https://x.test/sso",
            ).metadataXml(),
          },
          noNetwork,
        ),
      ),
    );
    const claims = await Promise.allSettled(
      racers.map((racer) =>
        updateSamlIdentityProvider(
          prisma,
          owner,
          racer.id,
          { ...settingsOf(["contested.test"]), displayName: racer.displayName },
          noNetwork,
        ),
      ),
    );
    expect(claims.filter((claim) => claim.status === "fulfilled")).toHaveLength(1);
    for (const claim of claims)
      if (claim.status === "rejected") expect(claim.reason).toMatchObject({ code: "conflict" });
    expect(await prisma.identityProviderDomain.count({ where: { domain: "contested.test" } })).toBe(
      1,
    );
  });
});
