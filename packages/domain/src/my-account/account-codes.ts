import type pg from "pg";
import { recordEmail } from "../email/send-email";
import { SQL_NOW } from "../database/sql-time";
import { sqlPool } from "../database/sql-pool";
import { withSqlTransaction } from "../database/sql-transaction";
import { AppError } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import { issueOtp, OTP_LIFETIME_MS, verifyOtp } from "../journeys/one-time-passcode";
import type { JourneySettings } from "../journeys/journey-settings";
import { isRateLimited } from "../rate-limits/rate-limiter";
import { escapeHtml } from "../web-security/escape-html";
import type { AccountHolder } from "./account-holder";

export type AccountCodePurpose = "EMAIL_CHANGE" | "ACCOUNT_DELETION";

const WHAT_FOR: Record<AccountCodePurpose, string> = {
  EMAIL_CHANGE: "to confirm your new email address",
  ACCOUNT_DELETION: "to delete your account",
};

/**
 * Sends a code for an account page action to `email`, replacing the person's
 * earlier code for that purpose; the code and its email commit together, under
 * the same cool-down and per-address and per-IP limits as sign-in codes.
 * Returns a message when a limit refuses.
 */
export async function sendAccountCode(
  settings: JourneySettings,
  holder: AccountHolder,
  input: { purpose: AccountCodePurpose; email: string; tenantName: string },
): Promise<string | null> {
  try {
    await withSqlTransaction(sqlPool(), async (sql) => {
      const code = await issueOtp(sql, settings.encryptionKey, {
        tenantId: holder.tenantId,
        scope: { guestUserId: holder.guestUserId, purpose: input.purpose },
        email: input.email,
        purpose: input.purpose,
        requestIp: holder.requestIp,
        perIpLimit: settings.emailCodesPerIp,
      });
      const minutes = OTP_LIFETIME_MS / 60_000;
      const whatFor = WHAT_FOR[input.purpose];
      await recordEmail(
        sql,
        settings.email,
        {
          tenantId: holder.tenantId,
          to: input.email,
          subject: `Your ${input.tenantName} verification code`,
          text: `Your verification code is ${code}\n\nEnter it on your ${input.tenantName} account page ${whatFor}. It expires in ${minutes} minutes and works once.\nIf you did not ask for it, you can ignore this email.`,
          html: `<p>Your verification code is</p><p style="font-size:28px;font-weight:bold;letter-spacing:4px">${code}</p><p>Enter it on your ${escapeHtml(input.tenantName)} account page ${whatFor}. It expires in ${minutes} minutes and works once.</p><p>If you did not ask for it, you can ignore this email.</p>`,
        },
        { deliverBefore: new Date(Date.now() + OTP_LIFETIME_MS) },
      );
    });
    return null;
  } catch (error) {
    // The code's own limits say when to try again in their message.
    if (isRateLimited(error)) return error.message;
    throw error;
  }
}

export type AccountCodeCheck =
  | { status: "verified"; email: string; challengeId: string }
  | { status: "refused"; message: string };

/** Checks a code for an account page action; a wrong guess is counted, five end the code. */
export async function checkAccountCode(
  settings: JourneySettings,
  holder: AccountHolder,
  purpose: AccountCodePurpose,
  code: string,
): Promise<AccountCodeCheck> {
  const check = await verifyOtp(settings.encryptionKey, {
    tenantId: holder.tenantId,
    scope: { guestUserId: holder.guestUserId, purpose },
    code,
  });
  switch (check.status) {
    case "verified":
      return check;
    case "wrong":
      return {
        status: "refused",
        message: `That code is not right. ${check.attemptsLeft} ${check.attemptsLeft === 1 ? "try" : "tries"} left.`,
      };
    case "too_many_attempts":
      return { status: "refused", message: "Too many wrong codes. Ask for a new code." };
    case "expired":
      return {
        status: "refused",
        message: "That code has expired or was already used. Ask for a new code.",
      };
  }
}

const CODE_USED = "That code has expired or was already used. Ask for a new code.";

/** Consumes a verified code in the transaction that acts on it (Prisma's), refusing the whole step when it is no longer live. */
export async function consumeAccountCode(
  tx: Prisma.TransactionClient | pg.PoolClient,
  holder: AccountHolder,
  challengeId: string,
): Promise<void> {
  const statement = `UPDATE "OtpChallenge" SET "consumedAt" = ${SQL_NOW}
     WHERE id = $1::uuid AND "tenantId" = $2::uuid AND "guestUserId" = $3::uuid
       AND "consumedAt" IS NULL AND attempts < "maxAttempts" AND "expiresAt" > ${SQL_NOW}`;
  const params = [challengeId, holder.tenantId, holder.guestUserId];
  const consumed =
    "$executeRawUnsafe" in tx
      ? await tx.$executeRawUnsafe(statement, ...params)
      : ((await tx.query(statement, params)).rowCount ?? 0);
  if (consumed !== 1) throw new AppError("conflict", CODE_USED);
}
