import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { startFederation } from "../federation/start-federation";
import { sweepExpiredSignInData } from "../oidc/oidc-adapter";
import type { Prisma } from "../generated/prisma/client";
import { submitAttributes } from "./attributes-step";
import { submitEmail, verifyCode } from "./email-step";
import { journeyForAction, updateJourney } from "./journey-store";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import { choosePassword, signInWithPassword } from "./password-step";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const harness = journeyHarness(prisma, tenantSlug, "woodgrove-supplier-portal");
const { settings, start, journeyOf, latestCode, proveEmail, freshEmail } = harness;
const answers = {
  displayName: "Ivy Invariant",
  BusinessName: "Ivy's Inks",
  BusinessRegistrationCode: "77",
  Phone: "",
};
let tenantId: string;
let flowId: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma, { passwords: true });
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } });
  tenantId = tenant.id;
  flowId = (await prisma.userFlow.findFirstOrThrow({ where: { tenantId } })).id;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

/** Runs the same step `times` times at once; every call either acts or is told another request won. */
async function inParallel(times: number, step: () => Promise<unknown>) {
  const results = await Promise.allSettled(Array.from({ length: times }, step));
  for (const result of results)
    if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "conflict" });
  return results;
}

const auditCount = (action: string, targetId?: string) =>
  prisma.auditEvent.count({ where: { tenantId, action, ...(targetId ? { targetId } : {}) } });

/** A sign-up up to the attribute page: the code, then (this flow offers passwords) a password. */
async function toAttributePage(uid: string, email: string) {
  await proveEmail(uid, email);
  await choosePassword(prisma, { tenantSlug, uid, password: "a long enough passphrase" });
  expect((await journeyOf(uid)).state).toBe("COLLECTING_ATTRIBUTES");
}

async function signUpByCode(email: string) {
  const uid = await start("create");
  await toAttributePage(uid, email);
  await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
  return (await journeyOf(uid)).guestUserId!;
}

describe("every transition has one effect under parallel requests", () => {
  it("ten submissions of the right code sign in once", async () => {
    const email = freshEmail();
    const guestId = await signUpByCode(email);
    const before = await auditCount("guest.signed_in", guestId);
    const uid = await start("login");
    await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null });
    const code = await latestCode(email);
    await inParallel(10, () => verifyCode(prisma, settings, { tenantSlug, uid, code }));
    expect(await journeyOf(uid)).toMatchObject({ state: "COMPLETED", guestUserId: guestId });
    expect(await auditCount("guest.signed_in", guestId)).toBe(before + 1);
    expect(
      await prisma.otpChallenge.count({
        where: { journey: { interactionId: uid }, consumedAt: null },
      }),
    ).toBe(0);
  });

  it("ten submissions of the attribute page create one account", async () => {
    const email = freshEmail();
    const uid = await start("create");
    await toAttributePage(uid, email);
    await inParallel(10, () =>
      submitAttributes(prisma, settings, { tenantSlug, uid, values: answers }),
    );
    expect(await prisma.guestUser.count({ where: { tenantId, email } })).toBe(1);
    const guestId = (await journeyOf(uid)).guestUserId!;
    expect(await auditCount("guest.signed_up", guestId)).toBe(1);
  });

  it("ten 'send code' requests of one journey send one code", async () => {
    const email = freshEmail();
    const uid = await start("create");
    await inParallel(10, () =>
      submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null }),
    );
    expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(1);
    expect((await journeyOf(uid)).state).toBe("AWAITING_OTP");
  });

  it("a write from a stale read changes nothing", async () => {
    const uid = await start("create");
    const stale = await journeyForAction(tenantSlug, uid, "switched");
    await submitEmail(prisma, settings, { tenantSlug, uid, email: freshEmail(), requestIp: null });
    await expect(
      updateJourney(stale, { state: "STARTED", kind: "SIGN_IN", data: stale.data }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await journeyOf(uid)).state).toBe("AWAITING_OTP");
  });
});

describe("an account is created or entered only for an address proven in this journey", () => {
  it("a sign-up that loses the race for its address never receives the existing account", async () => {
    // The attacker's journey waits on the attribute page for the victim's address, as a trusted
    // upstream would have left it; meanwhile the victim signs up by email code.
    const victim = freshEmail();
    const attacker = await start("create");
    const idp = await prisma.identityProvider.create({
      data: { tenantId, type: "OIDC", displayName: "Race IdP", issuer: "https://race.example" },
    });
    const journey = await journeyOf(attacker);
    await prisma.journey.update({
      where: { id: journey.id },
      data: {
        state: "COLLECTING_ATTRIBUTES",
        kind: "SIGN_UP",
        email: victim,
        data: {
          ...journey.data,
          provenEmail: victim,
          upstream: {
            identityProviderId: idp.id,
            issuer: "https://race.example",
            subject: "attacker",
            emailVerified: true,
            prefill: {},
          },
        } as unknown as Prisma.InputJsonValue,
      },
    });
    const victimId = await signUpByCode(victim);

    await submitAttributes(prisma, settings, { tenantSlug, uid: attacker, values: answers });
    const after = await journeyOf(attacker);
    expect(after).toMatchObject({ state: "STARTED", kind: "SIGN_IN", guestUserId: null });
    expect(after.data.outcome).toBeUndefined();
    expect(after.data.flash?.message).toContain("already an account");
    const identities = await prisma.guestIdentity.findMany({ where: { guestUserId: victimId } });
    expect(identities.map((identity) => identity.issuer)).toEqual([tenantSlug]);
  });

  it("the attribute page creates nothing for an address this journey did not prove", async () => {
    const email = freshEmail();
    const uid = await start("create");
    const journey = await journeyOf(uid);
    await prisma.journey.update({
      where: { id: journey.id },
      data: { state: "COLLECTING_ATTRIBUTES", kind: "SIGN_UP", email },
    });
    await expect(
      submitAttributes(prisma, settings, { tenantSlug, uid, values: answers }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await prisma.guestUser.count({ where: { tenantId, email } })).toBe(0);
  });
});

describe("every step is one the flow offers", () => {
  async function offerOnly(types: ("EMAIL_OTP" | "EMAIL_PASSWORD" | "OIDC")[]) {
    const providers = await prisma.identityProvider.findMany({ where: { tenantId } });
    await prisma.userFlowIdentityProvider.deleteMany({ where: { userFlowId: flowId } });
    await prisma.userFlowIdentityProvider.createMany({
      data: providers
        .filter((provider) => (types as string[]).includes(provider.type))
        .map((provider, position) => ({
          tenantId,
          userFlowId: flowId,
          identityProviderId: provider.id,
          position,
        })),
    });
  }

  it("a flow without email codes or passwords sends no code, and a provider outside the flow cannot be started", async () => {
    const offered = await prisma.identityProvider.create({
      data: {
        tenantId,
        type: "OIDC",
        displayName: "Partner only",
        issuer: "https://partner.example",
      },
    });
    const other = await prisma.identityProvider.create({
      data: {
        tenantId,
        type: "OIDC",
        displayName: "Not in the flow",
        issuer: "https://other.example",
      },
    });
    await offerOnly([]);
    await prisma.userFlowIdentityProvider.create({
      data: { tenantId, userFlowId: flowId, identityProviderId: offered.id, position: 0 },
    });
    try {
      for (const prompt of ["login", "create"] as const) {
        const email = freshEmail();
        const uid = await start(prompt);
        await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null });
        expect((await journeyOf(uid)).state).toBe("STARTED");
        expect(await prisma.emailMessage.count({ where: { to: email } })).toBe(0);
        await expect(
          signInWithPassword(prisma, { tenantSlug, uid, email, password: "whatever-it-is" }),
        ).rejects.toMatchObject({ code: "forbidden" });
        await expect(
          startFederation(
            prisma,
            { ...settings, hostedBaseUrl: "http://localhost:3001" },
            { tenantSlug, uid, identityProviderId: other.id },
          ),
        ).rejects.toMatchObject({ code: "forbidden" });
        expect((await journeyOf(uid)).state).toBe("STARTED");
      }
    } finally {
      await offerOnly(["EMAIL_OTP", "EMAIL_PASSWORD"]);
    }
  });
});

describe("no secret stays where it should not", () => {
  it("codes are not in email subjects, and a finished journey keeps no password hash or proof", async () => {
    const email = freshEmail();
    const journey = await harness.signUpWithPassword(email, "a long enough passphrase", answers);
    expect(journey.state).toBe("COMPLETED");
    expect(journey.data.passwordHash).toBeUndefined();
    expect(journey.data.provenEmail).toBeUndefined();
    expect(journey.data.outcome).toBeDefined();

    const message = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    const body = JSON.parse(
      decryptSecret(message.bodyEncrypted!, harness.encryptionKey, `email-body:${message.id}`),
    ) as { text: string };
    const code = /(\d{6})/.exec(body.text)![1]!;
    expect(message.subject).not.toContain(code);
    expect(message.subject).not.toMatch(/\d{6}/);
  });
});

describe("journeys are swept", () => {
  it("once their interaction has expired, with their codes; live ones stay", async () => {
    const expired = await start("create");
    const live = await start("create");
    await submitEmail(prisma, settings, {
      tenantSlug,
      uid: expired,
      email: freshEmail(),
      requestIp: null,
    });
    await prisma.journey.update({
      where: { interactionId: expired },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await sweepExpiredSignInData(prisma);
    expect(await prisma.journey.count({ where: { interactionId: expired } })).toBe(0);
    expect(
      await prisma.otpChallenge.count({ where: { journey: { interactionId: expired } } }),
    ).toBe(0);
    expect(await prisma.journey.count({ where: { interactionId: live } })).toBe(1);
  });
});
