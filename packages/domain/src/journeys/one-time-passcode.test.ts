import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { createTenant } from "../tenants/create-tenant";
import { consumeOtp, issueOtp, OTP_LIMITS, verifyOtp } from "./one-time-passcode";

const prisma = getPrisma();
const key = randomBytes(32).toString("base64");
let tenantId: string;

async function newJourney(email = `user-${randomBytes(4).toString("hex")}@supplier.test`) {
  const journey = await prisma.journey.create({
    data: {
      tenantId,
      interactionId: randomBytes(12).toString("hex"),
      kind: "SIGN_UP",
      state: "AWAITING_OTP",
      email,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  return { journeyId: journey.id, email };
}

const issue = (journey: { journeyId: string; email: string }, requestIp: string | null = null) =>
  withSqlTransaction(sqlPool(), (sql) =>
    issueOtp(sql, key, {
      tenantId,
      scope: { journeyId: journey.journeyId },
      email: journey.email,
      purpose: "SIGN_UP",
      requestIp,
    }),
  );
const verify = (journeyId: string, code: string) =>
  verifyOtp(key, { tenantId, scope: { journeyId }, code });
/** Verifies, then consumes in a transaction, as a journey step does. */
async function redeem(journeyId: string, code: string) {
  const check = await verify(journeyId, code);
  if (check.status !== "verified") return check;
  return withSqlTransaction(sqlPool(), (sql) =>
    consumeOtp(sql, { tenantId, challengeId: check.challengeId }),
  ).then(
    () => check,
    () => ({ status: "expired" as const }),
  );
}

beforeAll(async () => {
  tenantId = (await createTenant(prisma, { slug: "otp-tests", name: "OTP" })).id;
});
afterAll(() => prisma.$disconnect());

describe("one-time passcodes", () => {
  it("are 6 digits, stored only as a keyed hash, and work once", async () => {
    const journey = await newJourney();
    const code = await issue(journey);
    expect(code).toMatch(/^\d{6}$/);
    const stored = await prisma.otpChallenge.findFirstOrThrow({
      where: { journeyId: journey.journeyId },
    });
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.codeHash).not.toContain(code);
    // createdAt comes from the database clock, expiresAt from Node's: allow for the difference.
    expect(
      Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 10 * 60 * 1000),
    ).toBeLessThan(2000);

    expect(await redeem(journey.journeyId, code)).toMatchObject({
      status: "verified",
      email: journey.email,
    });
    expect(await redeem(journey.journeyId, code)).toEqual({ status: "expired" });
  });

  it("count wrong tries and lock after five", async () => {
    const journey = await newJourney();
    const code = await issue(journey);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let left = 4; left >= 1; left--) {
      expect(await verify(journey.journeyId, wrong)).toEqual({
        status: "wrong",
        attemptsLeft: left,
      });
    }
    expect(await verify(journey.journeyId, wrong)).toEqual({ status: "too_many_attempts" });
    expect(await verify(journey.journeyId, code)).toEqual({ status: "too_many_attempts" });
  });

  it("expire after ten minutes", async () => {
    const journey = await newJourney();
    const code = await issue(journey);
    await prisma.otpChallenge.updateMany({
      where: { journeyId: journey.journeyId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await verify(journey.journeyId, code)).toEqual({ status: "expired" });
  });

  it("let only one of two concurrent right answers win", async () => {
    const journey = await newJourney();
    const code = await issue(journey);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => redeem(journey.journeyId, code)),
    );
    expect(results.filter((result) => result.status === "verified")).toHaveLength(1);
  });

  it("send one code to ten parallel requests of one journey, and at most the limit to one address", async () => {
    const journey = await newJourney();
    const sent = await Promise.allSettled(Array.from({ length: 10 }, () => issue(journey)));
    expect(sent.filter((result) => result.status === "fulfilled")).toHaveLength(1);

    const email = `parallel-${randomBytes(4).toString("hex")}@supplier.test`;
    const journeys = await Promise.all(Array.from({ length: 10 }, () => newJourney(email)));
    const perAddress = await Promise.allSettled(journeys.map((each) => issue(each)));
    expect(perAddress.filter((result) => result.status === "fulfilled")).toHaveLength(
      OTP_LIMITS.perEmail,
    );
    expect(await prisma.otpChallenge.count({ where: { tenantId, email } })).toBe(
      OTP_LIMITS.perEmail,
    );
  });

  it("enforce the resend cool-down, and a new code replaces the old one", async () => {
    const journey = await newJourney();
    const first = await issue(journey);
    await expect(issue(journey)).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringContaining("seconds"),
    });
    await prisma.otpChallenge.updateMany({
      where: { journeyId: journey.journeyId },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    const second = await issue(journey);
    if (first !== second)
      expect(await verify(journey.journeyId, first)).toMatchObject({ status: "wrong" });
    expect(await verify(journey.journeyId, second)).toMatchObject({ status: "verified" });
  });

  it("limit how many codes one address can be sent", async () => {
    const email = `flood-${randomBytes(4).toString("hex")}@supplier.test`;
    for (let i = 0; i < OTP_LIMITS.perEmail; i++) await issue(await newJourney(email));
    await expect(issue(await newJourney(email))).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringContaining("Too many codes"),
    });
  });

  it("limit how many codes one IP can ask for", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < OTP_LIMITS.perIp; i++) await issue(await newJourney(), ip);
    await expect(issue(await newJourney(), ip)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("take the per-IP limit the operator set, for many people behind one address", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const issueWithLimit = async (perIpLimit: number) => {
      const { journeyId, email } = await newJourney();
      return withSqlTransaction(sqlPool(), (sql) =>
        issueOtp(sql, key, {
          tenantId,
          scope: { journeyId },
          email,
          purpose: "SIGN_UP",
          requestIp: ip,
          perIpLimit,
        }),
      );
    };
    await issueWithLimit(2);
    await issueWithLimit(2);
    await expect(issueWithLimit(2)).rejects.toMatchObject({ code: "rate_limited" });
    await expect(issueWithLimit(3)).resolves.toMatch(/^\d{6}$/);
  });
});
