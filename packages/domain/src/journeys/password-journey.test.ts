import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "../crypto/password-hash";
import { getPrisma } from "../database/prisma-client";
import { guestPasswordSchema } from "../passwords/password-policy";
import { submitAttributes } from "./attributes-step";
import { verifyCode } from "./email-step";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import {
  choosePassword,
  signInWithPassword,
  startPasswordChange,
  startPasswordReset,
} from "./password-step";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, latestCode, proveEmail, freshEmail, signUpWithPassword } =
  journeyHarness(prisma, tenantSlug, "woodgrove-supplier-portal");
const answers = {
  displayName: "Pat Password",
  BusinessName: "Pat's Pears",
  BusinessRegistrationCode: "808",
  Phone: "",
};

beforeAll(() => seedJourneyTenant(prisma, { passwords: true }));
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

const signUp = (email: string, password: string) => signUpWithPassword(email, password, answers);

describe("password policy", () => {
  it("asks for length, refuses the most common passwords and the email address, and has no composition rules", () => {
    const schema = guestPasswordSchema("pat@supplier.test");
    expect(schema.safeParse("short").error?.issues[0]?.message).toContain("at least 8 characters");
    expect(schema.safeParse("iloveyou").error?.issues[0]?.message).toContain("most common");
    expect(schema.safeParse("Password1").error?.issues[0]?.message).toContain("most common");
    expect(schema.safeParse("PAT@supplier.test").error?.issues[0]?.message).toContain(
      "email address",
    );
    expect(schema.safeParse("correct horse battery staple").success).toBe(true);
    expect(schema.safeParse("x".repeat(129)).success).toBe(false);
  });
});

describe("email + password accounts", () => {
  it("sign up: code, then a password (a common one refused), then the questions", async () => {
    const email = freshEmail();
    const uid = await start("create");
    await proveEmail(uid, email);
    await choosePassword(prisma, { tenantSlug, uid, password: "qwerty123" });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.password).toContain("most common");
    await choosePassword(prisma, { tenantSlug, uid, password: "a long pear orchard" });
    expect((await journeyOf(uid)).state).toBe("COLLECTING_ATTRIBUTES");
    await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
    const guest = await prisma.guestUser.findUniqueOrThrow({
      where: { id: (await journeyOf(uid)).guestUserId! },
      include: { identities: { include: { identityProvider: true } } },
    });
    expect(await verifyPassword(guest.passwordHash!, "a long pear orchard")).toBe(true);
    expect(guest.identities[0]?.identityProvider?.type).toBe("EMAIL_PASSWORD");
  });

  it("sign in: the right password signs in; a wrong one and an unknown address read the same", async () => {
    const email = freshEmail();
    const account = await signUp(email, "pears all year round");
    const right = await start("login");
    await signInWithPassword(prisma, {
      tenantSlug,
      uid: right,
      email: email.toUpperCase(),
      password: "pears all year round",
    });
    expect(await journeyOf(right)).toMatchObject({
      state: "COMPLETED",
      guestUserId: account.guestUserId,
    });

    const wrong = await start("login");
    await signInWithPassword(prisma, {
      tenantSlug,
      uid: wrong,
      email,
      password: "apples all year round",
    });
    const unknown = await start("login");
    await signInWithPassword(prisma, {
      tenantSlug,
      uid: unknown,
      email: freshEmail(),
      password: "pears all year round",
    });
    const [a, b] = [await journeyOf(wrong), await journeyOf(unknown)];
    expect(a.state).toBe("STARTED");
    expect(a.data.flash?.fieldErrors?.password).toBe(b.data.flash?.fieldErrors?.password);
    expect(a.data.flash?.fieldErrors?.password).toContain("do not match");
  });

  it("reset: a code, a new password, signed in; the old password stops working", async () => {
    const email = freshEmail();
    const account = await signUp(email, "the first pear password");
    await prisma.refreshToken.create({
      data: {
        id: "rt-reset-test",
        tenantId: account.tenantId,
        grantId: "g",
        clientId: "c",
        guestUserId: account.guestUserId!,
        payload: {},
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    const uid = await start("login");
    await startPasswordReset(prisma, settings, { tenantSlug, uid, email, requestIp: null });
    expect((await journeyOf(uid)).state).toBe("AWAITING_OTP");
    await verifyCode(prisma, settings, { tenantSlug, uid, code: await latestCode(email) });
    expect((await journeyOf(uid)).state).toBe("CHOOSING_PASSWORD");
    await choosePassword(prisma, { tenantSlug, uid, password: "a brand new pear password" });
    expect(await journeyOf(uid)).toMatchObject({
      state: "COMPLETED",
      guestUserId: account.guestUserId,
    });
    const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: account.guestUserId! } });
    expect(await verifyPassword(guest.passwordHash!, "the first pear password")).toBe(false);
    expect(await verifyPassword(guest.passwordHash!, "a brand new pear password")).toBe(true);
    expect(await prisma.refreshToken.count({ where: { guestUserId: account.guestUserId! } })).toBe(
      0,
    );
  });

  it("change: the current password first (wrong ones refused alike), then a new one", async () => {
    const email = freshEmail();
    const account = await signUp(email, "an old orchard password");
    const wrong = await start("login");
    await startPasswordChange(prisma, { tenantSlug, uid: wrong, email, password: "not it at all" });
    expect(await journeyOf(wrong)).toMatchObject({
      state: "STARTED",
      data: { flash: { fieldErrors: { password: expect.stringContaining("do not match") } } },
    });

    const uid = await start("login");
    await startPasswordChange(prisma, {
      tenantSlug,
      uid,
      email,
      password: "an old orchard password",
    });
    expect(await journeyOf(uid)).toMatchObject({
      state: "CHOOSING_PASSWORD",
      data: { passwordPurpose: "CHANGE" },
    });
    await choosePassword(prisma, { tenantSlug, uid, password: "a new orchard password" });
    expect(await journeyOf(uid)).toMatchObject({
      state: "COMPLETED",
      guestUserId: account.guestUserId,
    });
    const guest = await prisma.guestUser.findUniqueOrThrow({ where: { id: account.guestUserId! } });
    expect(await verifyPassword(guest.passwordHash!, "a new orchard password")).toBe(true);
    expect(
      await prisma.auditEvent.count({
        where: { action: "guest.password_changed", targetId: guest.id },
      }),
    ).toBe(1);
  });
});
