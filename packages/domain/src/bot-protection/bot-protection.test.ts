import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { resendCode, submitEmail } from "../journeys/email-step";
import { loadJourney } from "../journeys/load-journey";
import { sweepExpiredSignInData } from "../oidc/oidc-adapter";
import {
  demoTenantOwner,
  journeyHarness,
  seedJourneyTenant,
} from "../../testing/journey-test-harness";
import { checkBotSolution, issueBotChallenge } from "./bot-challenge";
import { BOT_RISK, networkOf } from "./bot-limits";

const prisma = getPrisma();
const tenantSlug = "woodgrove";
const { settings, start, journeyOf, freshEmail } = journeyHarness(
  prisma,
  tenantSlug,
  "woodgrove-supplier-portal",
);
let flowId: string;
let ipCounter = 0;
/** Each test's browser on a network of its own, so the per-network counts do not mix. */
const freshIp = () => `198.51.${++ipCounter}.7`;

async function protect(mode: "OFF" | "ALWAYS" | "ON_RISK") {
  await prisma.userFlow.update({
    where: { id: flowId },
    data: { botProtection: mode, botProtectionDifficulty: 2_000 },
  });
}

async function solved(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

async function proofFor(uid: string): Promise<string> {
  const journey = await journeyOf(uid);
  return solved(await issueBotChallenge(settings.encryptionKey, 2_000, journey.id));
}

/** The journey opened a while ago, as a person's page has been by the time they press Send. */
async function aged(uid: string, seconds = 10) {
  await prisma.journey.update({
    where: { interactionId: uid },
    data: { createdAt: new Date(Date.now() - seconds * 1000) },
  });
}

const codesTo = (email: string) => prisma.otpChallenge.count({ where: { email } });
const send = (uid: string, email: string, requestIp: string, botProof?: string) =>
  submitEmail(prisma, settings, { tenantSlug, uid, email, requestIp, botProof });

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  const owner = await demoTenantOwner(prisma);
  flowId = (await prisma.userFlow.findFirstOrThrow({ where: { tenantId: owner.tenant.id } })).id;
});
beforeEach(() => protect("OFF"));
afterAll(async () => {
  vi.restoreAllMocks();
  await prisma.$disconnect();
});

describe("bot protection before a code is sent", () => {
  it("asks nothing when off", async () => {
    const email = freshEmail();
    const uid = await start("create");
    await send(uid, email, freshIp());
    expect(await codesTo(email)).toBe(1);
  });

  it("always: sends with a solved challenge, refuses a send without one made at once, a wrong one, or one reused", async () => {
    await protect("ALWAYS");
    const ip = freshIp();
    const uid = await start("create");
    expect((await loadJourney(prisma, tenantSlug, uid)).botCheckDifficulty).toBe(2_000);

    const scripted = freshEmail();
    await send(uid, scripted, ip);
    expect(await codesTo(scripted)).toBe(0);
    expect((await journeyOf(uid)).data.flash?.message).toMatch(/not a robot/);

    const tampered = JSON.parse(Buffer.from(await proofFor(uid), "base64").toString()) as {
      solution: { derivedKey: string };
    };
    const key = tampered.solution.derivedKey;
    tampered.solution.derivedKey = `${key.slice(0, -1)}${key.endsWith("0") ? "1" : "0"}`;
    await send(uid, scripted, ip, Buffer.from(JSON.stringify(tampered)).toString("base64"));
    await send(uid, scripted, ip, "bm90IGpzb24=");
    expect(await codesTo(scripted)).toBe(0);

    const person = freshEmail();
    const proof = await proofFor(uid);
    await send(uid, person, ip, proof);
    expect(await codesTo(person)).toBe(1);
    expect((await journeyOf(uid)).state).toBe("AWAITING_OTP");

    // The same solution again (a new code, or another journey) is refused.
    await prisma.otpChallenge.updateMany({
      where: { email: person },
      data: { createdAt: new Date(Date.now() - 120_000) },
    });
    await resendCode(prisma, settings, { tenantSlug, uid, requestIp: ip, botProof: proof });
    expect(await codesTo(person)).toBe(1);
    const other = await start("create");
    const stranger = freshEmail();
    await send(other, stranger, ip, proof);
    expect(await codesTo(stranger)).toBe(0);
  });

  it("accepts a solution once, however many requests bring it at the same moment", async () => {
    const uid = await start("create");
    const proof = await proofFor(uid);
    const journeyId = (await journeyOf(uid)).id;
    const checks = await Promise.all(
      Array.from({ length: 10 }, () =>
        checkBotSolution(sqlPool(), settings.encryptionKey, journeyId, proof),
      ),
    );
    expect(checks.filter((check) => check === "solved")).toHaveLength(1);
    expect(checks.filter((check) => check === "used")).toHaveLength(9);

    // Its record of use is swept once the challenge has expired, not before.
    const kept = await prisma.botChallengeUse.count();
    await sweepExpiredSignInData(prisma);
    expect(await prisma.botChallengeUse.count()).toBe(kept);
    await prisma.botChallengeUse.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await sweepExpiredSignInData(prisma);
    expect(await prisma.botChallengeUse.count()).toBe(0);
  });

  it("lets a browser without JavaScript through after a short wait, under a stricter limit per network", async () => {
    await protect("ALWAYS");
    const ip = freshIp();
    for (let person = 0; person < 5; person++) {
      const uid = await start("create");
      await aged(uid);
      const email = freshEmail();
      await send(uid, email, ip);
      expect(await codesTo(email)).toBe(1);
    }
    const uid = await start("create");
    await aged(uid);
    const sixth = freshEmail();
    await send(uid, sixth, `${ip.split(".").slice(0, 3).join(".")}.99`);
    expect(await codesTo(sixth)).toBe(0);
    expect((await journeyOf(uid)).data.flash?.message).toMatch(/without the robot check/);
    // A solved challenge still works from that network.
    await send(uid, sixth, ip, await proofFor(uid));
    expect(await codesTo(sixth)).toBe(1);
  });

  it("when risk signals appear: asks a busy network for the check, and shows the widget from then on", async () => {
    await protect("ON_RISK");
    const ip = freshIp();
    for (let sent = 0; sent < BOT_RISK.networkThreshold; sent++) {
      const uid = await start("create");
      const email = freshEmail();
      await send(uid, email, ip);
      expect(await codesTo(email)).toBe(1);
    }
    const uid = await start("create");
    const email = freshEmail();
    await send(uid, email, ip);
    expect(await codesTo(email)).toBe(0);
    expect((await journeyOf(uid)).data.botCheckSince).toEqual(expect.any(Number));
    expect((await loadJourney(prisma, tenantSlug, uid)).botCheckDifficulty).toBe(2_000);
    await send(uid, email, ip, await proofFor(uid));
    expect(await codesTo(email)).toBe(1);

    // Another network is not asked.
    const calm = await start("create");
    const elsewhere = freshEmail();
    await send(calm, elsewhere, freshIp());
    expect(await codesTo(elsewhere)).toBe(1);
  });

  it("groups addresses by network", () => {
    expect(networkOf("203.0.113.77")).toBe("203.0.113.0/24");
    expect(networkOf("::ffff:203.0.113.77")).toBe("203.0.113.0/24");
    expect(networkOf("2001:db8:abcd:12::1")).toBe("2001:db8:abcd::/48");
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0::/48");
    expect(networkOf(null)).toBe("unknown");
  });
});
