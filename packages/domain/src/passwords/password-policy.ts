import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { englishText, type Text } from "../i18n/text";

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
export function guestPasswordSchema(email: string, text: Text = englishText) {
  return z
    .string()
    .min(PASSWORD_MIN_LENGTH, text("validation.passwordTooShort", { min: PASSWORD_MIN_LENGTH }))
    .max(PASSWORD_MAX_LENGTH, text("validation.passwordTooLong", { max: PASSWORD_MAX_LENGTH }))
    .refine(
      (password) => !COMMON_PASSWORDS.has(password.toLowerCase()),
      text("validation.passwordCommon"),
    )
    .refine(
      (password) => password.toLowerCase() !== email.toLowerCase(),
      text("validation.passwordIsEmail"),
    );
}
