import { createHmac, hkdfSync, randomInt, timingSafeEqual } from "node:crypto";
import type pg from "pg";
import { v7 as uuidv7 } from "uuid";
import { sqlPool } from "../database/sql-pool";
import { SQL_NOW, epochOf, fromEpoch } from "../database/sql-time";
import { currentEncryptionKey } from "../crypto/secret-box";
import { AppError } from "../errors/app-error";
import type { OtpPurpose } from "../generated/prisma/enums";

export const OTP_LIFETIME_MS = 10 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_RESEND_COOLDOWN_MS = 30 * 1000;
/** Codes one address or one IP may be sent per window, so the form cannot be used to flood a mailbox. */
export const OTP_LIMITS = { windowMs: 15 * 60 * 1000, perEmail: 5, perIp: 20 } as const;

function hmacKey(encryptionKey: string): Buffer {
  return Buffer.from(
    hkdfSync(
      "sha256",
      // Codes live ten minutes: a key rotation only retires the codes in flight.
      Buffer.from(currentEncryptionKey(encryptionKey), "base64"),
      "",
      "guestlist one-time passcodes",
      32,
    ),
  );
}

/** Keyed, and bound to the challenge: a leaked table does not give codes away by brute force. */
function codeHash(encryptionKey: string, challengeId: string, code: string): string {
  return createHmac("sha256", hmacKey(encryptionKey))
    .update(`${challengeId}:${code}`)
    .digest("hex");
}

/**
 * What a code belongs to: a journey's step, or (on the account page, where
 * there is no journey) one purpose of one signed-in person. A new code
 * replaces the earlier ones of its scope, and only the newest is checked.
 */
export type OtpScope = { journeyId: string } | { guestUserId: string; purpose: OtpPurpose };

function scopeCondition(scope: OtpScope, firstParam: number) {
  return "journeyId" in scope
    ? {
        lockKey: `otp:journey:${scope.journeyId}`,
        sql: `"journeyId" = $${firstParam}`,
        params: [scope.journeyId],
      }
    : {
        lockKey: `otp:account:${scope.guestUserId}:${scope.purpose}`,
        sql: `"guestUserId" = $${firstParam} AND "journeyId" IS NULL AND purpose = $${firstParam + 1}::"OtpPurpose"`,
        params: [scope.guestUserId, scope.purpose],
      };
}

export interface IssueOtpInput {
  /** Overrides OTP_LIMITS.perIp. */
  perIpLimit?: number;
  tenantId: string;
  scope: OtpScope;
  email: string;
  purpose: OtpPurpose;
  requestIp: string | null;
}

/**
 * A new 6-digit code for the scope, replacing any earlier one, issued in
 * the transaction of the step that sends it. Refused while the previous code
 * is younger than the cool-down, or when the address or the IP has been sent
 * too many codes recently. Counting and inserting happen under advisory
 * locks on the scope, the address and the IP, held until the
 * transaction ends, so parallel requests cannot all pass the count before any
 * of them inserts.
 */
export async function issueOtp(
  sql: pg.PoolClient,
  encryptionKey: string,
  input: IssueOtpInput,
): Promise<string> {
  // Always taken in the same (sorted) order, so two issuers never wait on each other in a cycle.
  const scope = scopeCondition(input.scope, 5);
  const lockKeys = [
    scope.lockKey,
    `otp:email:${input.tenantId}:${input.email}`,
    ...(input.requestIp ? [`otp:ip:${input.tenantId}:${input.requestIp}`] : []),
  ].sort();
  const now = Date.now();
  const windowStart = (now - OTP_LIMITS.windowMs) / 1000;
  // The locks are taken first (left to right), then the counts read what committed before them.
  await sql.query(
    `SELECT ${lockKeys.map((_, i) => `pg_advisory_xact_lock(hashtextextended($${i + 1}, 0))`).join(", ")}`,
    lockKeys,
  );
  const { rows } = await sql.query<{ latest: number | null; forEmail: number; forIp: number }>(
    `SELECT (SELECT ${epochOf("createdAt")} FROM "OtpChallenge"
              WHERE "tenantId" = $1 AND ${scope.sql}
              ORDER BY "createdAt" DESC LIMIT 1) AS latest,
            (SELECT count(*) FROM "OtpChallenge"
              WHERE "tenantId" = $1 AND email = $2 AND "createdAt" >= ${fromEpoch("$4")})::int AS "forEmail",
            (SELECT count(*) FROM "OtpChallenge"
              WHERE "tenantId" = $1 AND "requestIp" = $3 AND "createdAt" >= ${fromEpoch("$4")})::int AS "forIp"`,
    [input.tenantId, input.email, input.requestIp, windowStart, ...scope.params],
  );
  const { latest, forEmail, forIp } = rows[0]!;
  if (latest !== null && now - latest * 1000 < OTP_RESEND_COOLDOWN_MS) {
    const wait = Math.ceil((OTP_RESEND_COOLDOWN_MS - (now - latest * 1000)) / 1000);
    throw new AppError(
      "rate_limited",
      `A code was sent moments ago. You can ask for another in ${wait} seconds.`,
      {
        retryAfterSeconds: wait,
        text: { key: "messages.codeCooldown", values: { seconds: wait } },
      },
    );
  }
  if (forEmail >= OTP_LIMITS.perEmail || forIp >= (input.perIpLimit ?? OTP_LIMITS.perIp)) {
    throw new AppError(
      "rate_limited",
      "Too many codes were requested. Wait 15 minutes, then try again.",
      { text: { key: "messages.tooManyCodes" } },
    );
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const id = uuidv7();
  const retiring = scopeCondition(input.scope, 11);
  // One statement: earlier codes of the scope stop working as the new one starts.
  await sql.query(
    `WITH retired AS (
       UPDATE "OtpChallenge" SET "consumedAt" = ${SQL_NOW}
        WHERE "tenantId" = $2 AND ${retiring.sql} AND "consumedAt" IS NULL
     )
     INSERT INTO "OtpChallenge"
       (id, "tenantId", "journeyId", "guestUserId", email, purpose, "codeHash", attempts,
        "maxAttempts", "expiresAt", "requestIp", "createdAt")
     VALUES ($1, $2, $3, $10, $4, $5, $6, 0, $7, ${fromEpoch("$8")}, $9, ${SQL_NOW})`,
    [
      id,
      input.tenantId,
      "journeyId" in input.scope ? input.scope.journeyId : null,
      input.email,
      input.purpose,
      codeHash(encryptionKey, id, code),
      OTP_MAX_ATTEMPTS,
      (now + OTP_LIFETIME_MS) / 1000,
      input.requestIp,
      "guestUserId" in input.scope ? input.scope.guestUserId : null,
      ...retiring.params,
    ],
  );
  return code;
}

export type OtpCheck =
  | { status: "verified"; email: string; challengeId: string }
  | { status: "wrong"; attemptsLeft: number }
  | { status: "expired" }
  | { status: "too_many_attempts" };

interface ChallengeRow {
  id: string;
  email: string;
  codeHash: string;
  attempts: number;
  maxAttempts: number;
  consumedAt: Date | null;
  expiresAt: Date;
}

/** The conditions under which a challenge still takes a guess: the one read, unconsumed, live. */
const LIVE = `id = $1 AND "tenantId" = $2 AND "consumedAt" IS NULL AND attempts < "maxAttempts" AND "expiresAt" > ${SQL_NOW}`;

/**
 * Checks a code against the scope's current challenge. A right code is not
 * consumed here: the journey's transition consumes it (consumeOtp) in the
 * same transaction as its effects, so of two concurrent right answers one
 * wins. Wrong guesses are counted by a conditional update.
 */
export async function verifyOtp(
  encryptionKey: string,
  input: { tenantId: string; scope: OtpScope; code: string },
  pool: pg.Pool = sqlPool(),
): Promise<OtpCheck> {
  const scope = scopeCondition(input.scope, 2);
  const { rows } = await pool.query<ChallengeRow>(
    `SELECT id, email, "codeHash", attempts, "maxAttempts", "consumedAt", "expiresAt"
       FROM "OtpChallenge" WHERE "tenantId" = $1 AND ${scope.sql}
      ORDER BY "createdAt" DESC LIMIT 1`,
    [input.tenantId, ...scope.params],
  );
  const challenge = rows[0];
  if (!challenge || challenge.consumedAt || challenge.expiresAt.getTime() <= Date.now())
    return { status: "expired" };
  if (challenge.attempts >= challenge.maxAttempts) return { status: "too_many_attempts" };

  const given = Buffer.from(codeHash(encryptionKey, challenge.id, input.code.replace(/\s+/g, "")));
  const expected = Buffer.from(challenge.codeHash);
  if (given.length === expected.length && timingSafeEqual(given, expected))
    return { status: "verified", email: challenge.email, challengeId: challenge.id };
  const { rowCount } = await pool.query(
    `UPDATE "OtpChallenge" SET attempts = attempts + 1 WHERE ${LIVE}`,
    [challenge.id, input.tenantId],
  );
  if (rowCount === 0) return { status: "expired" };
  const attemptsLeft = challenge.maxAttempts - challenge.attempts - 1;
  return attemptsLeft > 0 ? { status: "wrong", attemptsLeft } : { status: "too_many_attempts" };
}

/**
 * Consumes a verified challenge inside the transaction that acts on it; when
 * it is no longer live (used, replaced, expired), the whole step is refused.
 */
export async function consumeOtp(
  sql: pg.PoolClient,
  challenge: { tenantId: string; challengeId: string },
): Promise<void> {
  const { rowCount } = await sql.query(
    `UPDATE "OtpChallenge" SET "consumedAt" = ${SQL_NOW} WHERE ${LIVE}`,
    [challenge.challengeId, challenge.tenantId],
  );
  if (rowCount !== 1)
    throw new AppError(
      "conflict",
      "That code has expired or was already used. Ask for a new code.",
    );
}
