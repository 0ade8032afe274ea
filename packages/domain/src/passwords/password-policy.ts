import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

/** About 49,000 passwords seen most often in breaches (zxcvbn's list), compared case-insensitively. */
const COMMON_PASSWORDS = new Set(
  dictionary["passwords-common"].map((password) => password.toLowerCase()),
);

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * NIST SP 800-63B: length, no composition rules, common and breached
 * passwords refused, and not the account's own email address.
 */
export function guestPasswordSchema(email: string) {
  return z
    .string()
    .min(
      PASSWORD_MIN_LENGTH,
      `Use at least ${PASSWORD_MIN_LENGTH} characters; 15 or more is better.`,
    )
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
    .refine(
      (password) => !COMMON_PASSWORDS.has(password.toLowerCase()),
      "This password is one of the most common ones, so it is easy to guess. Choose another.",
    )
    .refine(
      (password) => password.toLowerCase() !== email.toLowerCase(),
      "Do not use your email address as your password.",
    );
}
