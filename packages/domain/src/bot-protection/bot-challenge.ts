import { createHash, createHmac } from "node:crypto";
import {
  createChallenge,
  randomInt,
  verifySolution,
  type Challenge,
  type Payload,
} from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import type pg from "pg";
import { fromEpoch, SQL_NOW } from "../database/sql-time";
import { guestlistMetrics } from "../metrics/guestlist-metrics";

/** How long a served challenge may be solved and sent. */
const CHALLENGE_SECONDS = 10 * 60;

/** The challenge's signing secrets, derived from the instance's encryption key (every instance agrees). */
function secrets(encryptionKey: string) {
  const derive = (purpose: string) =>
    createHmac("sha256", encryptionKey).update(`altcha:${purpose}`).digest("base64url");
  return { hmacSignatureSecret: derive("challenge"), hmacKeySignatureSecret: derive("key") };
}

/**
 * An ALTCHA proof of work for one journey: the browser tries counters from 0
 * until it finds the one picked here at random below `difficulty`, so the
 * work grows with it. Signed, bound to the journey and short-lived.
 */
export async function issueBotChallenge(
  encryptionKey: string,
  difficulty: number,
  journeyId: string,
): Promise<Challenge> {
  const challenge = await createChallenge({
    algorithm: "SHA-256",
    cost: 1,
    counter: randomInt(Math.max(1, difficulty)),
    deriveKey,
    data: { journey: journeyId },
    expiresAt: Math.floor(Date.now() / 1000) + CHALLENGE_SECONDS,
    ...secrets(encryptionKey),
  });
  guestlistMetrics().botChallenges.inc({ event: "served" });
  return challenge;
}

export type BotSolutionCheck = "solved" | "invalid" | "used";

/**
 * Checks the widget's payload (base64 JSON of the challenge and its solution):
 * signed by us, for this journey, not expired, the solution right, and never
 * used before (its use is recorded until the challenge expires, in the
 * caller's transaction, so one of two parallel sends with it wins).
 */
export async function checkBotSolution(
  sql: pg.Pool | pg.ClientBase,
  encryptionKey: string,
  journeyId: string,
  proof: string,
): Promise<BotSolutionCheck> {
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(proof, "base64").toString("utf8")) as Payload;
  } catch {
    return "invalid";
  }
  const { challenge, solution } = payload ?? {};
  if (!challenge?.parameters || !solution || challenge.parameters.data?.journey !== journeyId)
    return "invalid";
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    ...secrets(encryptionKey),
  }).catch(() => null);
  if (!result?.verified) return "invalid";
  const { rowCount } = await sql.query(
    `INSERT INTO "BotChallengeUse" ("challengeHash", "expiresAt", "createdAt")
     VALUES ($1, ${fromEpoch("$2")}, ${SQL_NOW}) ON CONFLICT DO NOTHING`,
    [
      createHash("sha256")
        .update(challenge.signature ?? "")
        .digest("base64url"),
      challenge.parameters.expiresAt ?? Math.floor(Date.now() / 1000) + CHALLENGE_SECONDS,
    ],
  );
  return rowCount === 1 ? "solved" : "used";
}
