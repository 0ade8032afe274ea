import { z } from "zod";
import { ZEmailAddress } from "../validation/email-address";
import { storableText } from "../validation/storable-text";

/** NIST SP 800-63B: length, not composition. */
export const ZNewPassword = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.");

export const ZSignInInput = z.object({
  email: ZEmailAddress,
  password: storableText().min(1, "Enter your password.").max(128),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZCreateFirstOperatorInput = z.object({
  displayName: storableText().trim().min(1, "Enter your name.").max(100),
  email: ZEmailAddress,
  password: ZNewPassword,
});
export type TCreateFirstOperatorInput = z.infer<typeof ZCreateFirstOperatorInput>;
