import { z } from "zod";
import { storableText } from "../validation/storable-text";
import { ZTenantRole } from "../members/member-schemas";

// Imported by browser code (the admin's forms): keep free of server imports.

export const ZCreateApiKeyInput = z.object({
  name: storableText().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  role: ZTenantRole,
  expiresInDays: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce
      .number()
      .int("Enter whole days.")
      .min(1, "At least 1 day.")
      .max(730, "At most 730 days.")
      .nullable(),
  ),
});
export type TCreateApiKeyInput = z.input<typeof ZCreateApiKeyInput>;
