import { z } from "zod";
import { storableText } from "../validation/storable-text";

// Imported by browser code (the admin's forms): keep free of server imports.

const ZTermsUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, "Use an https:// address.");

/** What one version says: a title, and either an address where the text is or the text itself. */
export const ZTermsVersionInput = z
  .object({
    title: storableText().trim().min(1, "Enter a title.").max(200, "Use at most 200 characters."),
    url: ZTermsUrl.nullable().optional(),
    markdown: storableText()
      .trim()
      .max(100_000, "Keep the text under 100,000 characters.")
      .nullable()
      .optional(),
  })
  .transform((version) => ({
    title: version.title,
    url: version.url || null,
    markdown: version.markdown || null,
  }))
  .refine((version) => (version.url === null) !== (version.markdown === null), {
    path: ["url"],
    message: "Give either the address of the text or the text itself (one of the two).",
  });
export type TTermsVersionInput = z.input<typeof ZTermsVersionInput>;

export const ZTermsDocumentInput = z.object({
  name: storableText().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  firstVersion: ZTermsVersionInput,
});
export type TTermsDocumentInput = z.input<typeof ZTermsDocumentInput>;

/**
 * The entry of a flow's "claims to return" that puts the accepted terms in
 * tokens, as the claim `terms_accepted`: { "<document name>": <latest accepted version> }.
 */
export const TERMS_ACCEPTED_CLAIM = "termsAccepted";

/** The sign-up form's acceptance box: its value names the versions the page showed. */
export const TERMS_FIELD = "$terms";
