import { z } from "zod";
import { storableText } from "../validation/storable-text";

export const ZAttributeName = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(64, "Use at most 64 characters.")
  .regex(
    /^[A-Za-z][A-Za-z0-9]*$/,
    "Start with a letter and use only letters and digits, e.g. BusinessName.",
  );

export const ZCreateUserAttributeInput = z.object({
  name: ZAttributeName,
  dataType: z.enum(["STRING", "INTEGER", "BOOLEAN"]),
  description: storableText().trim().max(256, "Use at most 256 characters.").default(""),
});
export type TCreateUserAttributeInput = z.input<typeof ZCreateUserAttributeInput>;

export const ZUpdateUserAttributeInput = z.object({
  name: ZAttributeName,
  description: storableText().trim().max(256, "Use at most 256 characters."),
});
export type TUpdateUserAttributeInput = z.infer<typeof ZUpdateUserAttributeInput>;
