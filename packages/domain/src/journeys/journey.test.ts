import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { seedDemo } from "../seed/seed-demo";
import { submitAttributes } from "./attributes-step";
import { submitEmail, verifyCode } from "./email-step";
import { journeyHarness } from "../../testing/journey-test-harness";
import { switchJourney } from "./navigation";
import { sqlPool } from "../database/sql-pool";
import { OTP_LIFETIME_MS } from "./one-time-passcode";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, latestCode, proveEmail, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);

beforeAll(async () => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  await seedDemo(prisma, {
    adminEmail: "admin@woodgrove.test",
    adminPassword: "irrelevant here",
    demoUrl: "http://localhost:3002",
    demoClientSecret: "s",
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

const answers = {
  displayName: "Ada Supplier",
  BusinessName: "Ada's Apples",
  BusinessRegistrationCode: "4512",
  Phone: "",
};

describe("the hosted journey", () => {
  it("queues the code's email with the code's own deadline: no retry sends an expired code", async () => {
    const email = freshEmail();
    const uid = await start("create");
    const before = Date.now();
    await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: "198.51.100.9" });
    const message = await prisma.emailMessage.findFirstOrThrow({ where: { to: email } });
    const { rows } = await sqlPool().query<{
      payload: { messageId: string; deliverBefore: string };
    }>(
      `SELECT job.payload FROM graphile_worker._private_jobs job WHERE job.payload->>'messageId' = $1`,
      [message.id],
    );
    const deadline = new Date(rows[0]!.payload.deliverBefore).getTime();
    expect(deadline).toBeGreaterThanOrEqual(before + OTP_LIFETIME_MS);
    expect(deadline).toBeLessThanOrEqual(Date.now() + OTP_LIFETIME_MS);
  });

  it("signs a new person up: code, typed answers, guest user with its email identity", async () => {
    const email = freshEmail();
    const uid = await start("create", { login_hint: email.toUpperCase() });
    expect((await journeyOf(uid)).email).toBe(email);
    await proveEmail(uid, email);
    expect((await journeyOf(uid)).state).toBe("COLLECTING_ATTRIBUTES");

    await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
    const journey = await journeyOf(uid);
    expect(journey.state).toBe("COMPLETED");
    const guest = await prisma.guestUser.findUniqueOrThrow({
      where: { id: journey.guestUserId! },
      include: { identities: true },
    });
    expect(guest).toMatchObject({
      email,
      emailVerified: true,
      displayName: "Ada Supplier",
      attributes: { BusinessName: "Ada's Apples", BusinessRegistrationCode: 4512 },
    });
    expect(guest.identities).toMatchObject([
      { signInType: "emailAddress", issuer: "woodgrove", issuerAssignedId: email },
    ]);
    expect(journey.data.outcome).toEqual({
      login: { accountId: guest.id, amr: ["otp"], acr: "sfa" },
      create: {},
    });
    expect(
      await prisma.auditEvent.count({ where: { action: "guest.signed_up", targetId: guest.id } }),
    ).toBe(1);
  });

  it("keeps the person on the form with each problem when answers are invalid", async () => {
    const email = freshEmail();
    const uid = await start("create");
    await proveEmail(uid, email);
    await submitAttributes(prisma, settings, {
      tenantSlug,
      uid,
      values: { ...answers, displayName: "", BusinessRegistrationCode: "12ab" },
    });
    const journey = await journeyOf(uid);
    expect(journey.state).toBe("COLLECTING_ATTRIBUTES");
    expect(journey.data.flash?.fieldErrors).toEqual({
      displayName: "Enter your name.",
      BusinessRegistrationCode: "Business registration code must be a whole number.",
    });
    expect(journey.data.flash?.values).toMatchObject({ BusinessName: "Ada's Apples" });
    expect(await prisma.guestUser.count({ where: { email } })).toBe(0);
  });

  it("signs a returning person in without the questions, even from the sign-up page", async () => {
    const email = freshEmail();
    const first = await start("create");
    await proveEmail(first, email);
    await submitAttributes(prisma, settings, { tenantSlug, uid: first, values: answers });
    const guestId = (await journeyOf(first)).guestUserId;

    const signIn = await start("login");
    await proveEmail(signIn, email);
    expect(await journeyOf(signIn)).toMatchObject({
      state: "COMPLETED",
      guestUserId: guestId,
      data: { outcome: { login: { accountId: guestId } } },
    });

    const again = await start("create");
    await proveEmail(again, email);
    expect((await journeyOf(again)).data.outcome).toEqual({
      login: { accountId: guestId, amr: ["otp"], acr: "sfa" },
      create: {},
    });
    expect(await prisma.guestUser.count({ where: { email } })).toBe(1);
  });

  it("on sign-in, reveals that an address has no account only after the code proves it", async () => {
    const email = freshEmail();
    const uid = await start("login");
    await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null });
    expect((await journeyOf(uid)).state).toBe("AWAITING_OTP");
    await verifyCode(prisma, settings, { tenantSlug, uid, code: await latestCode(email) });
    const journey = await journeyOf(uid);
    expect(journey).toMatchObject({ state: "COLLECTING_ATTRIBUTES", kind: "SIGN_UP" });
    expect(journey.data.flash?.message).toContain("no account");
  });

  it("stops a blocked user", async () => {
    const email = freshEmail();
    const uid = await start("create");
    await proveEmail(uid, email);
    await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
    await prisma.guestUser.update({
      where: { tenantId_email: { tenantId: (await journeyOf(uid)).tenantId, email } },
      data: { status: "BLOCKED" },
    });
    const signIn = await start("login");
    await proveEmail(signIn, email);
    const journey = await journeyOf(signIn);
    expect(journey.state).toBe("BLOCKED");
    expect(journey.data.stopMessage).toContain("blocked");
    expect(journey.data.outcome).toBeUndefined();
  });

  it("applies the tenant's sign-up domain block list, and refuses sign-up when it is switched off", async () => {
    await prisma.tenant.update({
      where: { slug: tenantSlug },
      data: { signUpDomainPolicy: "BLOCK_LIST", signUpDomains: ["blocked.test"] },
    });
    try {
      const uid = await start("create");
      await submitEmail(prisma, settings, {
        tenantSlug,
        uid,
        email: "eve@sub.blocked.test",
        requestIp: null,
      });
      const journey = await journeyOf(uid);
      expect(journey.state).toBe("STARTED");
      expect(journey.data.flash?.fieldErrors?.email).toContain(
        "not available for this email domain",
      );
    } finally {
      await prisma.tenant.update({
        where: { slug: tenantSlug },
        data: { signUpDomainPolicy: "ANY", signUpDomains: [] },
      });
    }

    await prisma.tenant.update({
      where: { slug: tenantSlug },
      data: { selfServiceSignUpEnabled: false },
    });
    try {
      const email = freshEmail();
      const uid = await start("login");
      await proveEmail(uid, email);
      const journey = await journeyOf(uid);
      expect(journey.state).toBe("BLOCKED");
      expect(journey.data.stopMessage).toContain("by invitation only");
    } finally {
      await prisma.tenant.update({
        where: { slug: tenantSlug },
        data: { selfServiceSignUpEnabled: true },
      });
    }
  });

  it("rejects a malformed address and lets the person switch between sign-in and sign-up", async () => {
    const uid = await start("login");
    await submitEmail(prisma, settings, {
      tenantSlug,
      uid,
      email: "not-an-address",
      requestIp: null,
    });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.email).toBe(
      "Enter an email address like name@example.com.",
    );
    await switchJourney({ tenantSlug, uid, to: "SIGN_UP" });
    expect(await journeyOf(uid)).toMatchObject({ state: "STARTED", kind: "SIGN_UP" });
  });

  it("refuses actions on an expired journey", async () => {
    const uid = await start("login");
    await prisma.journey.update({
      where: { interactionId: uid },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(
      submitEmail(prisma, settings, { tenantSlug, uid, email: freshEmail(), requestIp: null }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("does not serve a journey to another tenant's pages", async () => {
    const uid = await start("login");
    await expect(
      submitEmail(prisma, settings, {
        tenantSlug: "another-tenant",
        uid,
        email: freshEmail(),
        requestIp: null,
      }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
