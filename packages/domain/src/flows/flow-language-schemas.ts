import { z } from "zod";
import { SUPPORTED_LOCALES } from "../i18n/locales";

// Imported by browser code (the admin's forms): keep free of server imports.

const ZLocale = z.enum(SUPPORTED_LOCALES, { error: "Choose one of the supported languages." });

/** The languages a flow's pages and emails are offered in, and the one used when none of the person's is. */
export const ZFlowLanguagesInput = z
  .object({
    languages: z
      .array(ZLocale)
      .min(1, "Offer at least one language.")
      .transform((languages) => [...new Set(languages)]),
    defaultLocale: ZLocale,
  })
  .refine((input) => input.languages.includes(input.defaultLocale), {
    path: ["defaultLocale"],
    message: "The default language must be one of the languages offered.",
  });
export type TFlowLanguagesInput = z.input<typeof ZFlowLanguagesInput>;

/** At most this many characters per text (Entra's longest page texts fit in far less). */
export const FLOW_TEXT_MAX_LENGTH = 2000;

/**
 * A flow's own wording, by language and key ({ "de": { "emailStep.sendCode": "…" } }),
 * as the portal saves it and as the JSON export and import carry it. Keys and
 * values are checked against the catalogue and the flow's page when saved.
 */
export const ZFlowTexts = z.partialRecord(
  ZLocale,
  z.record(
    z.string().max(200),
    z.string().max(FLOW_TEXT_MAX_LENGTH, "Use at most 2000 characters."),
  ),
);
export type TFlowTexts = z.infer<typeof ZFlowTexts>;
