import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { ABUSE_LIMITS } from "../rate-limits/abuse-limits";
import { submitAttributes } from "./attributes-step";
import { submitEmail, verifyCode } from "./email-step";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import { choosePassword, signInWithPassword, startPasswordReset } from "./password-step";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail, latestCode, signUpWithPassword } =
  journeyHarness(prisma, tenantSlug, "woodgrove-supplier-portal");
const answers = {
  displayName: "Lou Limits",
  BusinessName: "Lou's Limes",
  BusinessRegistrationCode: "909",
  Phone: "",
};

beforeAll(() => seedJourneyTenant(prisma, { passwords: true }));
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

const signUp = (email: string, password: string) => signUpWithPassword(email, password, answers);

async function tryPassword(email: string, password: string, requestIp: string) {
  const uid = await start("login");
  await signInWithPassword(prisma, { tenantSlug, uid, email, password, requestIp });
  return journeyOf(uid);
}

describe("failed password sign-ins", () => {
  it("lock the account from one IP after 5 failures, not from another, and read the same for unknown addresses", async () => {
    const email = freshEmail();
    await signUp(email, "limes in the larder");
    for (let i = 0; i < 5; i++) {
      const wrong = await tryPassword(email, `wrong guess ${i}`, "198.51.100.1");
      expect(wrong.data.flash?.fieldErrors?.password).toContain("do not match");
    }
    const locked = await tryPassword(email, "limes in the larder", "198.51.100.1");
    expect(locked.state).toBe("STARTED");
    expect(locked.data.flash?.fieldErrors?.password).toMatch(
      /Too many failed sign-ins\. Try again in \d+ minutes\./,
    );
    expect(locked.data.flash?.fieldErrors?.password).toContain("Forgot your password?");

    const elsewhere = await tryPassword(email, "limes in the larder", "198.51.100.2");
    expect(elsewhere.state).toBe("COMPLETED");

    const unknown = freshEmail();
    for (let i = 0; i < 5; i++) await tryPassword(unknown, `guess ${i}`, "198.51.100.1");
    const unknownLocked = await tryPassword(unknown, "anything at all", "198.51.100.1");
    expect(unknownLocked.data.flash?.fieldErrors?.password).toBe(
      locked.data.flash?.fieldErrors?.password,
    );
  });

  it("clear for the account and IP once the right password is given", async () => {
    const email = freshEmail();
    await signUp(email, "lemons in the larder");
    for (let i = 0; i < 4; i++) await tryPassword(email, `wrong ${i}`, "198.51.100.3");
    expect((await tryPassword(email, "lemons in the larder", "198.51.100.3")).state).toBe(
      "COMPLETED",
    );
    for (let i = 0; i < 4; i++) await tryPassword(email, `wrong again ${i}`, "198.51.100.3");
    expect((await tryPassword(email, "lemons in the larder", "198.51.100.3")).state).toBe(
      "COMPLETED",
    );
  });

  it("stop one IP spraying passwords across many accounts", async () => {
    const ip = "198.51.100.4";
    for (let i = 0; i < 50; i++) await ABUSE_LIMITS.passwordFailuresPerIp.consume(ip);
    const sprayed = await tryPassword(freshEmail(), "summer2026", ip);
    expect(sprayed.data.flash?.fieldErrors?.password).toContain("from your network");
  });
});

describe("one-time passcodes", () => {
  it("stop accepting guesses for an address after 15 wrong codes, even the right one of a new code", async () => {
    const email = freshEmail();
    const newCode = async () => {
      const uid = await start("login");
      await submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null });
      return uid;
    };
    for (let round = 0; round < 3; round++) {
      const uid = await newCode();
      const wrong = (await latestCode(email)) === "000000" ? "111111" : "000000";
      for (let i = 0; i < 5; i++)
        await verifyCode(prisma, settings, { tenantSlug, uid, code: wrong });
    }
    const uid = await newCode();
    await verifyCode(prisma, settings, { tenantSlug, uid, code: await latestCode(email) });
    const journey = await journeyOf(uid);
    expect(journey.state).toBe("AWAITING_OTP");
    expect(journey.data.flash?.fieldErrors?.code).toMatch(
      /Too many wrong codes were entered for this address\. Try again in \d+ minutes\./,
    );
  });
});

describe("sign-ups", () => {
  it("are refused from an IP that created too many accounts today", async () => {
    const ip = "198.51.100.6";
    for (let i = 0; i < 50; i++) await ABUSE_LIMITS.signUpsPerIp.consume(ip);
    const email = freshEmail();
    const uid = await start("create");
    await proveEmail(uid, email);
    await choosePassword(prisma, { tenantSlug, uid, password: "limes and lemons" });
    await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers, requestIp: ip });
    const journey = await journeyOf(uid);
    expect(journey.state).toBe("COLLECTING_ATTRIBUTES");
    expect(journey.data.flash?.message).toMatch(/Too many accounts .* Try again in \d+ hours\./);
    expect(await prisma.guestUser.count({ where: { email } })).toBe(0);
  });
});

describe("account enumeration", () => {
  it("sign-up, sign-in and reset answer an existing and an unknown address the same way", async () => {
    const existing = freshEmail();
    await signUp(existing, "known to the tenant");
    const unknown = freshEmail();
    const outcome = async (
      prompt: "login" | "create",
      run: (uid: string, email: string) => Promise<unknown>,
      email: string,
    ) => {
      const uid = await start(prompt);
      await run(uid, email);
      const journey = await journeyOf(uid);
      const sent = await prisma.emailMessage.count({ where: { to: email } });
      return { state: journey.state, kind: journey.kind, flash: journey.data.flash, sent };
    };
    const steps = {
      "sign-in": [
        "login",
        (uid: string, email: string) =>
          submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null }),
      ],
      "sign-up": [
        "create",
        (uid: string, email: string) =>
          submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp: null }),
      ],
      reset: [
        "login",
        (uid: string, email: string) =>
          startPasswordReset(prisma, settings, { tenantSlug, uid, email, requestIp: null }),
      ],
    } as const;
    for (const [name, [prompt, run]] of Object.entries(steps)) {
      const sentBefore = {
        existing: await prisma.emailMessage.count({ where: { to: existing } }),
        unknown: await prisma.emailMessage.count({ where: { to: unknown } }),
      };
      const known = await outcome(prompt, run, existing);
      const stranger = await outcome(prompt, run, unknown);
      expect({ ...known, sent: known.sent - sentBefore.existing }, name).toEqual({
        ...stranger,
        sent: stranger.sent - sentBefore.unknown,
      });
      expect(known.state, name).toBe("AWAITING_OTP");
    }
  });
});
