import { z } from "zod";

/**
 * Text someone types into a form, for a column: PostgreSQL cannot store
 * U+0000, so a field holding it gets an error tied to the field, in the
 * browser and on the server, instead of failing at the database.
 */
export function storableText() {
  return z
    .string()
    .refine((text) => !text.includes("\u0000"), "Remove the NUL character (\\u0000).");
}
