import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { submitAttributes } from "../journeys/attributes-step";
import { journeyHarness, seedJourneyTenant } from "../../testing/journey-test-harness";
import { totpCodeAt } from "../second-factors/totp";
import type { AccountHolder } from "./account-holder";
import { addMyAuthenticatorApp } from "./add-my-authenticator-app";
import { exportMyData } from "./export-my-data";
import { offerMyAuthenticatorApp } from "./offer-my-authenticator-app";
import { removeMySecondFactor } from "./remove-my-second-factor";
import { renewMyRecoveryCodes } from "./renew-my-recovery-codes";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, proveEmail, freshEmail, encryptionKey } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
const who = { issuer: "Woodgrove", email: "x@supplier.test" };

beforeAll(() => seedJourneyTenant(prisma));
afterAll(() => prisma.$disconnect());

async function holder(): Promise<AccountHolder> {
  const uid = await start("create");
  await proveEmail(uid, freshEmail());
  await submitAttributes(prisma, settings, {
    tenantSlug,
    uid,
    values: { displayName: "Sam", BusinessName: "Sam Ltd", BusinessRegistrationCode: "1" },
  });
  const journey = await journeyOf(uid);
  return { tenantId: journey.tenantId, guestUserId: journey.guestUserId!, requestIp: null };
}

async function addApp(person: AccountHolder, offerTo = person) {
  const offer = await offerMyAuthenticatorApp(encryptionKey, offerTo, who);
  return addMyAuthenticatorApp(encryptionKey, person, {
    sealedSecret: offer.sealedSecret,
    code: totpCodeAt(offer.secret),
  });
}

describe("second factors on the account page", () => {
  it("adds an authenticator app from a code (recovery codes with the first), removes it, renews codes", async () => {
    const person = await holder();
    const offer = await offerMyAuthenticatorApp(encryptionKey, person, who);
    expect(offer.qrSvg).toContain("<svg");
    expect(
      await addMyAuthenticatorApp(encryptionKey, person, {
        sealedSecret: offer.sealedSecret,
        code: totpCodeAt(offer.secret) === "000000" ? "111111" : "000000",
      }),
    ).toMatchObject({ status: "invalid" });
    const first = await addMyAuthenticatorApp(encryptionKey, person, {
      sealedSecret: offer.sealedSecret,
      code: totpCodeAt(offer.secret),
    });
    expect(first).toMatchObject({ status: "added" });
    expect(first.status === "added" && first.recoveryCodes).toHaveLength(10);
    const second = await addApp(person);
    expect(second.status === "added" && second.recoveryCodes).toEqual([]);
    // Their data download lists the factors, never a secret.
    const data = await exportMyData(prisma, person);
    expect(data.secondFactors).toMatchObject({
      authenticators: [{ type: "TOTP" }, { type: "TOTP" }],
      recoveryCodesLeft: 10,
    });
    expect(JSON.stringify(data)).not.toContain(offer.secret);

    const renewed = await renewMyRecoveryCodes(person);
    expect(renewed).toHaveLength(10);
    const factors = await prisma.guestAuthenticator.findMany({
      where: { guestUserId: person.guestUserId },
    });
    for (const factor of factors) await removeMySecondFactor(person, factor.id);
    expect(
      await prisma.guestRecoveryCode.count({ where: { guestUserId: person.guestUserId } }),
    ).toBe(0);
    await expect(renewMyRecoveryCodes(person)).rejects.toMatchObject({ code: "conflict" });
    expect(
      await prisma.auditEvent.count({
        where: {
          targetId: person.guestUserId,
          action: { in: ["guest.second_factor_added", "guest.second_factor_removed"] },
        },
      }),
    ).toBe(4);
  });

  it("refuses another person's offer and another person's factor, and keeps to ten under parallel adds", async () => {
    const ada = await holder();
    const bo = await holder();
    // A secret offered to Bo does not open for Ada.
    expect(await addApp(ada, bo)).toMatchObject({ status: "invalid" });
    await addApp(bo);
    const bosFactor = await prisma.guestAuthenticator.findFirstOrThrow({
      where: { guestUserId: bo.guestUserId },
    });
    await expect(removeMySecondFactor(ada, bosFactor.id)).rejects.toMatchObject({
      code: "not_found",
    });
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => addApp(ada)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(10);
    expect(await prisma.guestAuthenticator.count({ where: { guestUserId: ada.guestUserId } })).toBe(
      10,
    );
    expect(await prisma.guestRecoveryCode.count({ where: { guestUserId: ada.guestUserId } })).toBe(
      10,
    );
  });
});
