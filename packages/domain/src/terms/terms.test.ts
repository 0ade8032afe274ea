import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { submitAttributes } from "../journeys/attributes-step";
import { acceptTerms } from "../journeys/terms-step";
import { englishText } from "../i18n/text";
import { updateUserFlowSettings } from "../flows/update-user-flow-settings";
import { getUserFlow } from "../flows/get-user-flow";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { createTermsDocument } from "./create-terms-document";
import { publishTermsVersion } from "./publish-terms-version";
import { TERMS_ACCEPTED_CLAIM, TERMS_FIELD } from "./terms-schemas";
import { findGuestAccount } from "../oidc/guest-account";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let owner: TenantAccess;
let documentId: string;

const answers = {
  displayName: "Tess Terms",
  BusinessName: "Tess Teas",
  BusinessRegistrationCode: "8",
  Phone: "",
};

/** The acceptance box's value for the versions the attribute page shows now. */
async function shownTermsValue(uid: string) {
  const { loadJourney } = await import("../journeys/load-journey");
  const view = await loadJourney(prisma, tenantSlug, uid);
  return view.terms.map((terms) => terms.versionId).join(" ");
}

async function signUp(email: string) {
  const uid = await start("create");
  await proveEmail(uid, email);
  await submitAttributes(prisma, settings, {
    tenantSlug,
    uid,
    values: { ...answers, [TERMS_FIELD]: await shownTermsValue(uid) },
    requestIp: "203.0.113.8",
  });
  return journeyOf(uid);
}

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
  documentId = (
    await createTermsDocument(prisma, owner, {
      name: "Supplier terms",
      firstVersion: { title: "Supplier terms of use", markdown: "# Terms\n\nBe **nice**." },
    })
  ).id;
  const flow = await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } });
  const current = await getUserFlow(prisma, owner, flow.id);
  await updateUserFlowSettings(prisma, owner, flow.id, {
    name: current.name,
    enabled: true,
    identityProviderIds: current.identityProviders.map((entry) => entry.identityProviderId),
    returnClaims: current.returnClaims,
    termsDocumentIds: [documentId],
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

describe("terms of use", () => {
  it("checks a version: a title and either an https address or the text", async () => {
    await expect(
      createTermsDocument(prisma, owner, {
        name: "Broken",
        firstVersion: { title: "Both", url: "https://example.com/t", markdown: "text" },
      }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      publishTermsVersion(prisma, owner, documentId, {
        title: "Plain",
        url: "http://example.com/terms",
      }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      publishTermsVersion(prisma, { ...owner, role: "USER_ADMIN" }, documentId, {
        title: "Not theirs",
        markdown: "x",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("requires the box at sign-up and records what was accepted, when and from where", async () => {
    const email = freshEmail();
    const uid = await start("create");
    await proveEmail(uid, email);
    await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.[TERMS_FIELD]).toBe(
      "Accept the terms to create your account.",
    );
    await submitAttributes(prisma, settings, {
      tenantSlug,
      uid,
      values: { ...answers, [TERMS_FIELD]: await shownTermsValue(uid) },
      requestIp: "203.0.113.8",
    });
    const journey = await journeyOf(uid);
    expect(journey.state).toBe("COMPLETED");
    const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: journey.guestUserId! } });
    expect(guest.attributes).not.toHaveProperty(TERMS_FIELD);
    expect(
      await prisma.termsAcceptance.findMany({ where: { guestUserId: guest.id } }),
    ).toMatchObject([
      { documentId, version: expect.any(Number) as number, clientIp: "203.0.113.8" },
    ]);
  });

  it("asks a returning person to accept a new version before the sign-in completes", async () => {
    const email = freshEmail();
    const first = await signUp(email);
    expect(first.state).toBe("COMPLETED");
    const guestUserId = first.guestUserId!;

    const newer = await publishTermsVersion(prisma, owner, documentId, {
      title: "Supplier terms of use",
      url: "https://woodgrove.example/terms/v-next",
    });
    const uid = await start("login");
    await proveEmail(uid, email);
    const waiting = await journeyOf(uid);
    expect(waiting).toMatchObject({ state: "ACCEPTING_TERMS", guestUserId });
    expect(waiting.data.outcome).toBeUndefined();

    await acceptTerms({ tenantSlug, uid, accepted: "", requestIp: "198.51.100.4" });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.$terms).toBe(
      englishText("messages.termsNotAccepted"),
    );

    // Another version published while the page was open: the one shown does not count.
    const newest = await publishTermsVersion(prisma, owner, documentId, {
      title: "Supplier terms of use (revised)",
      markdown: "Revised.",
    });
    await acceptTerms({ tenantSlug, uid, accepted: newer.id, requestIp: "198.51.100.4" });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.$terms).toBe(
      englishText("messages.termsChanged"),
    );

    await acceptTerms({ tenantSlug, uid, accepted: newest.id, requestIp: "198.51.100.4" });
    expect(await journeyOf(uid)).toMatchObject({
      state: "COMPLETED",
      data: { outcome: { login: { accountId: guestUserId } } },
    });
    expect(
      await prisma.termsAcceptance.findFirst({
        where: { guestUserId, termsVersionId: newest.id },
      }),
    ).toMatchObject({ version: newest.version, clientIp: "198.51.100.4" });

    const again = await start("login");
    await proveEmail(again, email);
    expect((await journeyOf(again)).state).toBe("COMPLETED");

    // A flow that returns the accepted terms puts the latest accepted version in tokens.
    const flow = await getUserFlow(
      prisma,
      owner,
      (await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } })).id,
    );
    await updateUserFlowSettings(prisma, owner, flow.id, {
      name: flow.name,
      enabled: true,
      identityProviderIds: flow.identityProviders.map((entry) => entry.identityProviderId),
      returnClaims: [...flow.returnClaims, TERMS_ACCEPTED_CLAIM],
    });
    const account = await findGuestAccount(
      owner.tenant,
      { oidc: { client: { clientId: "woodgrove-supplier-portal" } } } as never,
      guestUserId,
    );
    expect((await account!.claims("id_token", "openid", {}, [])).terms_accepted).toEqual({
      "Supplier terms": newest.version,
    });
  });

  it("publishes each version number once when admins publish at the same time", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) =>
        publishTermsVersion(prisma, owner, documentId, { title: `Race ${i}`, markdown: "x" }),
      ),
    );
    const versions = results.flatMap((result) =>
      result.status === "fulfilled" ? [result.value.version] : [],
    );
    expect(new Set(versions).size).toBe(versions.length);
    for (const result of results)
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "conflict" });
  });
});
