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
import { textDirection } from "../i18n/locales";
import { personMessage, textFor } from "../i18n/text";
import type { AccountHolder } from "./account-holder";

export type AccountCodePurpose = "EMAIL_CHANGE" | "ACCOUNT_DELETION";

const WHAT_FOR = {
  EMAIL_CHANGE: "accountCodeEmail.emailChange",
  ACCOUNT_DELETION: "accountCodeEmail.deletion",
} as const;

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
      const text = textFor(holder.locale);
      const tenant = input.tenantName;
      const codeIs = text("accountCodeEmail.codeIs");
      const enterIt = text(WHAT_FOR[input.purpose], { tenant, minutes });
      const ignore = text("accountCodeEmail.ignore");
      await recordEmail(
        sql,
        settings.email,
        {
          tenantId: holder.tenantId,
          to: input.email,
          subject: text("accountCodeEmail.subject", { tenant }),
          text: `${codeIs} ${code}\n\n${enterIt}\n${ignore}`,
          html: `<div lang="${text.locale}" dir="${textDirection(text.locale)}"><p>${escapeHtml(codeIs)}</p><p style="font-size:28px;font-weight:bold;letter-spacing:4px" dir="ltr">${code}</p><p>${escapeHtml(enterIt)}</p><p>${escapeHtml(ignore)}</p></div>`,
        },
        { deliverBefore: new Date(Date.now() + OTP_LIFETIME_MS) },
      );
    });
    return null;
  } catch (error) {
    // The code's own limits say when to try again in their message.
    if (isRateLimited(error)) return personMessage(error, textFor(holder.locale));
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
  const text = textFor(holder.locale);
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
        message: text("accountMessages.codeWrong", { attemptsLeft: check.attemptsLeft }),
      };
    case "too_many_attempts":
      return { status: "refused", message: text("accountMessages.tooManyWrongCodes") };
    case "expired":
      return { status: "refused", message: text("accountMessages.codeExpired") };
  }
}

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
  if (consumed !== 1)
    throw new AppError(
      "conflict",
      "That code has expired or was already used. Ask for a new code.",
      {
        text: { key: "accountMessages.codeExpired" },
      },
    );
}
