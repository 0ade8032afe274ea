import { z } from "zod";
import { storableText } from "../validation/storable-text";

export const ZOperatorEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "This email address is too long.")
  .pipe(z.email("Enter an email address like name@example.com."));

/** NIST SP 800-63B: length, not composition. */
export const ZNewPassword = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.");

export const ZSignInInput = z.object({
  email: ZOperatorEmail,
  password: storableText().min(1, "Enter your password.").max(128),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZCreateFirstOperatorInput = z.object({
  displayName: storableText().trim().min(1, "Enter your name.").max(100),
  email: ZOperatorEmail,
  password: ZNewPassword,
});
export type TCreateFirstOperatorInput = z.infer<typeof ZCreateFirstOperatorInput>;
