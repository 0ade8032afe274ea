import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { submitAttributes } from "../journeys/attributes-step";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  recoveryCodesToSave,
  saveRecoveryCodes,
  skipSecondFactor,
  totpEnrolmentView,
} from "../journeys/second-factor-enrolment";
import { verifySecondFactorCode } from "../journeys/second-factor-step";
import { resetGuestSecondFactors } from "../guests/reset-guest-second-factors";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { totpSecretContext } from "./guest-authenticators";
import { totpCodeAt } from "./totp";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail, encryptionKey } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
const answers = {
  displayName: "Ada Supplier",
  BusinessName: "Ada Ltd",
  BusinessRegistrationCode: "7",
};
const inParallel = <T>(times: number, run: (index: number) => Promise<T>) =>
  Promise.allSettled(Array.from({ length: times }, (_, index) => run(index)));

/** Journeys set up one at a time: each reads the newest code mailed to the same address. */
async function oneAfterAnother<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < times; index += 1) results.push(await run());
  return results;
}

beforeAll(() => seedJourneyTenant(prisma));
afterAll(() => prisma.$disconnect());

async function setPolicy(policy: "OFF" | "OPTIONAL" | "REQUIRED") {
  await prisma.userFlow.updateMany({ data: { secondFactorPolicy: policy } });
}

/** A new account up to the page that sets up a second factor. */
async function signedUp(params: Record<string, string> = {}) {
  const email = freshEmail();
  const uid = await start("create", params);
  await proveEmail(uid, email);
  await submitAttributes(prisma, settings, { tenantSlug, uid, values: answers });
  return { email, uid };
}

/** Sets up an authenticator app on that page: its secret, and the recovery codes shown. */
async function withAuthenticatorApp(uid: string) {
  await beginTotpEnrolment(settings, { tenantSlug, uid });
  const journey = await journeyOf(uid);
  const view = await totpEnrolmentView(settings, journey, "Woodgrove");
  expect(view?.qrSvg).toContain("<svg");
  const secret = view!.secret;
  await confirmTotpEnrolment(settings, {
    tenantSlug,
    uid,
    code: "000000" === totpCodeAt(secret) ? "111111" : "000000",
  });
  expect((await journeyOf(uid)).data.flash?.fieldErrors?.code).toMatch(/not right/);
  await confirmTotpEnrolment(settings, { tenantSlug, uid, code: totpCodeAt(secret) });
  const saving = await journeyOf(uid);
  expect(saving.state).toBe("SAVING_RECOVERY_CODES");
  const codes = recoveryCodesToSave(settings, saving);
  expect(codes).toHaveLength(10);
  await saveRecoveryCodes({ tenantSlug, uid });
  const done = await journeyOf(uid);
  expect(done.data.recoveryCodesSealed).toBeUndefined();
  return { secret, codes, done };
}

/** Signs in with an email code up to the second-factor page. */
async function atSecondFactor(email: string) {
  const uid = await start("login");
  await proveEmail(uid, email);
  expect((await journeyOf(uid)).state).toBe("VERIFYING_SECOND_FACTOR");
  return uid;
}

const THIRTY_SECONDS = 30_000;

describe("a required second factor", () => {
  beforeEach(() => setPolicy("REQUIRED"));

  it("is set up at sign-up before any token, then asked at each sign-in; each code works once", async () => {
    const { email, uid } = await signedUp();
    const enrolling = await journeyOf(uid);
    expect(enrolling.state).toBe("ENROLLING_SECOND_FACTOR");
    expect(enrolling.data.outcome).toBeUndefined();
    await expect(skipSecondFactor({ tenantSlug, uid })).rejects.toMatchObject({
      code: "forbidden",
    });

    const { secret, done } = await withAuthenticatorApp(uid);
    expect(done.state).toBe("COMPLETED");
    expect(done.data.outcome).toMatchObject({
      login: { amr: ["otp", "mfa"], acr: "mfa" },
    });
    const stored = await prisma.guestAuthenticator.findFirstOrThrow({
      where: { guestUserId: done.guestUserId! },
    });
    expect(stored.secretEncrypted).not.toContain(secret);
    expect(
      decryptSecret(
        stored.secretEncrypted!,
        encryptionKey,
        totpSecretContext(stored.tenantId, stored.id),
      ),
    ).toBe(secret);

    // The code used at enrolment does not sign in again; the next one does, once.
    const again = await atSecondFactor(email);
    await verifySecondFactorCode(settings, { tenantSlug, uid: again, code: totpCodeAt(secret) });
    expect((await journeyOf(again)).data.flash?.fieldErrors?.code).toMatch(/already used/);
    const next = totpCodeAt(secret, Date.now() + THIRTY_SECONDS);
    const racing = await oneAfterAnother(3, () => atSecondFactor(email));
    await inParallel(racing.length, (index) =>
      verifySecondFactorCode(settings, { tenantSlug, uid: racing[index]!, code: next }),
    );
    const states = await Promise.all(racing.map(async (id) => (await journeyOf(id)).state));
    expect(states.filter((state) => state === "COMPLETED")).toHaveLength(1);
  });

  it("lets a recovery code in once, even sent at once from several sign-ins", async () => {
    const { email, uid } = await signedUp();
    const { codes } = await withAuthenticatorApp(uid);
    const racing = await oneAfterAnother(3, () => atSecondFactor(email));
    await inParallel(racing.length, (index) =>
      verifySecondFactorCode(settings, {
        tenantSlug,
        uid: racing[index]!,
        code: codes[0]!.toUpperCase(),
      }),
    );
    const finished = await Promise.all(racing.map((id) => journeyOf(id)));
    const completed = finished.filter((journey) => journey.state === "COMPLETED");
    expect(completed).toHaveLength(1);
    expect(completed[0]!.data.outcome).toMatchObject({ login: { amr: ["otp", "mfa"] } });
    const others = finished.filter((journey) => journey.state !== "COMPLETED");
    for (const journey of others)
      expect(journey.data.flash?.fieldErrors?.code).toMatch(/not right/);
    // Another code of the set still works.
    const later = await atSecondFactor(email);
    await verifySecondFactorCode(settings, { tenantSlug, uid: later, code: codes[1]! });
    expect((await journeyOf(later)).state).toBe("COMPLETED");
  });

  it("is reset by an admin (audited) for a lost phone: the next sign-in sets one up again", async () => {
    const { email, uid } = await signedUp();
    const { done } = await withAuthenticatorApp(uid);
    const owner = await demoTenantOwner(prisma);
    await expect(
      resetGuestSecondFactors(prisma, { ...owner, role: "READER" }, done.guestUserId!),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await resetGuestSecondFactors(prisma, owner, done.guestUserId!)).toEqual({ removed: 1 });
    expect(
      await prisma.guestRecoveryCode.count({ where: { guestUserId: done.guestUserId! } }),
    ).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: { targetId: done.guestUserId!, action: "guestUser.secondFactorsReset" },
      }),
    ).toBe(1);
    const next = await start("login");
    await proveEmail(next, email);
    expect((await journeyOf(next)).state).toBe("ENROLLING_SECOND_FACTOR");
  });

  it("refuses another person's codes, and stops guessing after ten wrong ones", async () => {
    const ada = await signedUp();
    const adaApp = await withAuthenticatorApp(ada.uid);
    const bo = await signedUp();
    await withAuthenticatorApp(bo.uid);
    const uid = await atSecondFactor(bo.email);
    await verifySecondFactorCode(settings, {
      tenantSlug,
      uid,
      code: totpCodeAt(adaApp.secret, Date.now() + THIRTY_SECONDS),
    });
    await verifySecondFactorCode(settings, { tenantSlug, uid, code: adaApp.codes[2]! });
    expect((await journeyOf(uid)).state).toBe("VERIFYING_SECOND_FACTOR");
    for (let attempt = 0; attempt < 10; attempt += 1)
      await verifySecondFactorCode(settings, { tenantSlug, uid, code: "123456" });
    expect((await journeyOf(uid)).data.flash?.fieldErrors?.code).toMatch(/Too many wrong codes/);
  });
});

describe("an optional second factor, and a relying party asking for MFA", () => {
  it("offers one at sign-up with Not now; acr_values=mfa makes it required where the flow does not", async () => {
    await setPolicy("OPTIONAL");
    const skipping = await signedUp();
    expect((await journeyOf(skipping.uid)).state).toBe("ENROLLING_SECOND_FACTOR");
    await skipSecondFactor({ tenantSlug, uid: skipping.uid });
    expect((await journeyOf(skipping.uid)).data.outcome).toMatchObject({
      login: { amr: ["otp"], acr: "sfa" },
    });
    const later = await start("login");
    await proveEmail(later, skipping.email);
    expect((await journeyOf(later)).state).toBe("COMPLETED");

    await setPolicy("OFF");
    const plain = await signedUp();
    expect((await journeyOf(plain.uid)).state).toBe("COMPLETED");
    const asked = await signedUp({ acr_values: "mfa" });
    expect((await journeyOf(asked.uid)).state).toBe("ENROLLING_SECOND_FACTOR");
    await expect(skipSecondFactor({ tenantSlug, uid: asked.uid })).rejects.toMatchObject({
      code: "forbidden",
    });
    const { done } = await withAuthenticatorApp(asked.uid);
    expect(done.data.outcome).toMatchObject({ login: { acr: "mfa" } });
    // Once set up, it is asked for even where the flow does not require it.
    const back = await start("login");
    await proveEmail(back, asked.email);
    expect((await journeyOf(back)).state).toBe("VERIFYING_SECOND_FACTOR");
  });
});
