import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import { submitAttributes } from "./attributes-step";
import { loadJourney } from "./load-journey";
import { submitProfile } from "./profile-step";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let flowId: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  flowId = (await prisma.userFlow.findFirstOrThrow({ where: { tenant: { slug: tenantSlug } } })).id;
});
afterAll(() => prisma.$disconnect());

async function signUp(email: string) {
  const uid = await start("create");
  await proveEmail(uid, email);
  await submitAttributes(prisma, settings, {
    tenantSlug,
    uid,
    values: {
      displayName: "Pia Profile",
      BusinessName: "Pia's Plums",
      BusinessRegistrationCode: "3",
      Phone: "",
    },
  });
  return (await journeyOf(uid)).guestUserId!;
}

describe("progressive profiling", () => {
  it("asks a returning person only the required question added since they signed up", async () => {
    const email = freshEmail();
    const guestUserId = await signUp(email);
    const flow = await prisma.userFlow.findUniqueOrThrow({ where: { id: flowId } });
    const city = await prisma.userAttribute.findFirstOrThrow({
      where: { tenantId: flow.tenantId, name: "city" },
    });
    await prisma.userFlowAttribute.create({
      data: {
        tenantId: flow.tenantId,
        userFlowId: flowId,
        userAttributeId: city.id,
        position: 10,
        label: "Your city",
        required: true,
      },
    });

    // Off: the sign-in completes as before.
    const before = await start("login");
    await proveEmail(before, email);
    expect((await journeyOf(before)).state).toBe("COMPLETED");

    await prisma.userFlow.update({ where: { id: flowId }, data: { askMissingAttributes: true } });
    const uid = await start("login");
    await proveEmail(uid, email);
    const waiting = await journeyOf(uid);
    expect(waiting).toMatchObject({ state: "COMPLETING_PROFILE", guestUserId });
    expect(waiting.data.outcome).toBeUndefined();
    expect((await loadJourney(prisma, tenantSlug, uid)).fields.map((f) => f.name)).toEqual([
      "city",
    ]);

    await submitProfile(prisma, { tenantSlug, uid, values: { city: "" } });
    expect((await journeyOf(uid)).data.flash?.fieldErrors).toHaveProperty("city");
    await submitProfile(prisma, { tenantSlug, uid, values: { city: "Oslo" } });
    expect(await journeyOf(uid)).toMatchObject({
      state: "COMPLETED",
      data: { outcome: { login: { accountId: guestUserId } } },
    });
    expect(await prisma.guestUser.findUniqueOrThrow({ where: { id: guestUserId } })).toMatchObject({
      city: "Oslo",
      attributes: { BusinessName: "Pia's Plums" },
    });
    expect(
      await prisma.auditEvent.count({
        where: { action: "guest.profile_completed", targetId: guestUserId },
      }),
    ).toBe(1);

    const again = await start("login");
    await proveEmail(again, email);
    expect((await journeyOf(again)).state).toBe("COMPLETED");
  });
});
