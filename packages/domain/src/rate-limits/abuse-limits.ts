import type { AppError } from "../errors/app-error";
import { isRateLimited, rateLimiter } from "./rate-limiter";
import { englishText, personMessage, type Text } from "../i18n/text";

/**
 * The limits that protect the hosted pages, counted in PostgreSQL so every
 * instance shares them. Windows are short on purpose: whoever trips a limit on
 * somebody else's account locks it for minutes, not days, and a person locked
 * out of password sign-in can still sign in with a code by email.
 */
export const ABUSE_LIMITS = {
  /** Wrong one-time passcodes for one address, across its challenges (each allows 5). */
  wrongCodesPerAddress: rateLimiter({
    name: "otp-wrong-per-address",
    points: 15,
    durationSeconds: 60 * 60,
    message: "Too many wrong codes were entered for this address.",
    messageKey: "limits.wrongCodesPerAddress",
  }),
  /** Failed password sign-ins for one account from one IP: the ordinary lock. */
  passwordFailuresPerAccountAndIp: rateLimiter({
    name: "password-failures-per-account-ip",
    points: 5,
    durationSeconds: 15 * 60,
    message: "Too many failed sign-ins.",
    messageKey: "limits.failedSignIns",
  }),
  /** Failed password sign-ins for one account from anywhere: a distributed guess. */
  passwordFailuresPerAccount: rateLimiter({
    name: "password-failures-per-account",
    points: 20,
    durationSeconds: 15 * 60,
    message: "Too many failed sign-ins.",
    messageKey: "limits.failedSignIns",
  }),
  /** Failed password sign-ins from one IP, whatever the account: password spraying. */
  passwordFailuresPerIp: rateLimiter({
    name: "password-failures-per-ip",
    points: 50,
    durationSeconds: 60 * 60,
    message: "Too many failed sign-ins from your network.",
    messageKey: "limits.failedSignInsFromNetwork",
  }),
  /** Wrong second-factor codes (authenticator app or recovery) for one account. */
  wrongSecondFactorsPerAccount: rateLimiter({
    name: "second-factor-wrong-per-account",
    points: 10,
    durationSeconds: 15 * 60,
    message: "Too many wrong codes were entered for this account.",
    messageKey: "limits.wrongSecondFactors",
  }),
  /** New accounts from one IP. */
  signUpsPerIp: rateLimiter({
    name: "sign-ups-per-ip",
    points: 50,
    durationSeconds: 24 * 60 * 60,
    message: "Too many accounts were created from your network today.",
    messageKey: "limits.signUpsFromNetwork",
  }),
} as const;

/** "Try again in 3 minutes." for a rate_limited error, in the text's language. */
export function retryAdvice(error: AppError, text: Text = englishText): string {
  const seconds = error.details.retryAfterSeconds ?? 60;
  if (seconds < 90) return text("limits.retryIn", { unit: "seconds", count: seconds });
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return text("limits.retryIn", { unit: "minutes", count: minutes });
  return text("limits.retryIn", { unit: "hours", count: Math.ceil(minutes / 60) });
}

/** The person-facing sentence for a rate_limited error; any other error is rethrown. */
export function rateLimitMessageOrThrow(error: unknown, text: Text = englishText): string {
  if (isRateLimited(error)) return `${personMessage(error, text)} ${retryAdvice(error, text)}`;
  throw error;
}
