import { createHmac, hkdfSync, randomInt, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../database/prisma-client";
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
      Buffer.from(encryptionKey, "base64"),
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

export interface IssueOtpInput {
  tenantId: string;
  journeyId: string;
  email: string;
  purpose: OtpPurpose;
  requestIp: string | null;
}

/**
 * A new 6-digit code for the journey, replacing any earlier one. Refused while
 * the previous code is younger than the cool-down, or when the address or the
 * IP has been sent too many codes recently.
 */
export async function issueOtp(
  prisma: PrismaClient,
  encryptionKey: string,
  input: IssueOtpInput,
): Promise<string> {
  const now = Date.now();
  const windowStart = new Date(now - OTP_LIMITS.windowMs);
  const [latest, forEmail, forIp] = await Promise.all([
    prisma.otpChallenge.findFirst({
      where: { tenantId: input.tenantId, journeyId: input.journeyId },
      orderBy: { createdAt: "desc" },
    }),
    prisma.otpChallenge.count({
      where: { tenantId: input.tenantId, email: input.email, createdAt: { gte: windowStart } },
    }),
    input.requestIp
      ? prisma.otpChallenge.count({
          where: {
            tenantId: input.tenantId,
            requestIp: input.requestIp,
            createdAt: { gte: windowStart },
          },
        })
      : Promise.resolve(0),
  ]);
  if (latest && now - latest.createdAt.getTime() < OTP_RESEND_COOLDOWN_MS) {
    const wait = Math.ceil((OTP_RESEND_COOLDOWN_MS - (now - latest.createdAt.getTime())) / 1000);
    throw new AppError(
      "rate_limited",
      `A code was sent moments ago. You can ask for another in ${wait} seconds.`,
    );
  }
  if (forEmail >= OTP_LIMITS.perEmail || forIp >= OTP_LIMITS.perIp) {
    throw new AppError(
      "rate_limited",
      "Too many codes were requested. Wait 15 minutes, then try again.",
    );
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await prisma.$transaction(async (tx) => {
    await tx.otpChallenge.updateMany({
      where: { tenantId: input.tenantId, journeyId: input.journeyId, consumedAt: null },
      data: { consumedAt: new Date() },
    });
    const challenge = await tx.otpChallenge.create({
      data: {
        tenantId: input.tenantId,
        journeyId: input.journeyId,
        email: input.email,
        purpose: input.purpose,
        codeHash: "",
        maxAttempts: OTP_MAX_ATTEMPTS,
        expiresAt: new Date(now + OTP_LIFETIME_MS),
        requestIp: input.requestIp,
      },
    });
    await tx.otpChallenge.update({
      where: { id: challenge.id },
      data: { codeHash: codeHash(encryptionKey, challenge.id, code) },
    });
  });
  return code;
}

export type OtpCheck =
  | { status: "verified"; email: string }
  | { status: "wrong"; attemptsLeft: number }
  | { status: "expired" }
  | { status: "too_many_attempts" };

/**
 * Checks a code against the journey's current challenge. The code is consumed
 * by a conditional update, so two concurrent submissions of the right code
 * cannot both succeed; wrong guesses are counted the same way.
 */
export async function verifyOtp(
  prisma: PrismaClient,
  encryptionKey: string,
  input: { tenantId: string; journeyId: string; code: string },
): Promise<OtpCheck> {
  const challenge = await prisma.otpChallenge.findFirst({
    where: { tenantId: input.tenantId, journeyId: input.journeyId },
    orderBy: { createdAt: "desc" },
  });
  if (!challenge || challenge.consumedAt || challenge.expiresAt.getTime() <= Date.now())
    return { status: "expired" };
  if (challenge.attempts >= challenge.maxAttempts) return { status: "too_many_attempts" };

  const given = Buffer.from(codeHash(encryptionKey, challenge.id, input.code.replace(/\s+/g, "")));
  const expected = Buffer.from(challenge.codeHash);
  const live = {
    id: challenge.id,
    consumedAt: null,
    attempts: { lt: challenge.maxAttempts },
    expiresAt: { gt: new Date() },
  };
  if (given.length === expected.length && timingSafeEqual(given, expected)) {
    const { count } = await prisma.otpChallenge.updateMany({
      where: live,
      data: { consumedAt: new Date() },
    });
    return count === 1 ? { status: "verified", email: challenge.email } : { status: "expired" };
  }
  const { count } = await prisma.otpChallenge.updateMany({
    where: live,
    data: { attempts: { increment: 1 } },
  });
  if (count === 0) return { status: "expired" };
  const attemptsLeft = challenge.maxAttempts - challenge.attempts - 1;
  return attemptsLeft > 0 ? { status: "wrong", attemptsLeft } : { status: "too_many_attempts" };
}
