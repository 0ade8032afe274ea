import { z } from "zod";
import { storableText } from "../validation/storable-text";
import { contrastRatio } from "./colour-contrast";

// Imported by browser code (the admin's branding form): keep free of server imports.

/** WCAG AA for normal text: buttons carry white text on the brand colour, links are the brand colour on white. */
export const MINIMUM_CONTRAST = 4.5;

const ZHexColour = z
  .string()
  .trim()
  .regex(/^(#[0-9a-fA-F]{6})?$/, "Use a colour like #1d4ed8.")
  .transform((value) => value.toLowerCase());

/** The hosted pages' text colour (Tailwind's slate-900): whatever sits on the background is written in it. */
export const PAGE_TEXT_COLOUR = "#0f172a";

/** Entra's limit for a custom stylesheet; css-tree checks the rest when it is saved. */
const CUSTOM_CSS_MAX_CHARACTERS = 25 * 1024;

/**
 * A tenant's branding on the hosted pages: the name shown at the top (empty:
 * the tenant's name), the brand colour (empty: Guestlist's blue), refused
 * when white text on it, or it on white, would be hard to read; the page
 * background (empty: light grey), refused when the pages' dark text on it
 * would be; and a custom stylesheet.
 */
/** Refuses colours text cannot be read on: white on the brand colour, the pages' dark text on the background. */
function readableColours(
  input: { primaryColor: string; backgroundColor: string },
  ctx: z.RefinementCtx,
) {
  if (input.primaryColor) {
    const ratio = contrastRatio(input.primaryColor, "#ffffff");
    if (ratio < MINIMUM_CONTRAST)
      ctx.addIssue({
        code: "custom",
        path: ["primaryColor"],
        message: `White text on this colour is hard to read (contrast ${ratio.toFixed(1)}:1; at least ${MINIMUM_CONTRAST}:1 is needed). Choose a darker colour.`,
      });
  }
  if (input.backgroundColor) {
    const ratio = contrastRatio(input.backgroundColor, PAGE_TEXT_COLOUR);
    if (ratio < MINIMUM_CONTRAST)
      ctx.addIssue({
        code: "custom",
        path: ["backgroundColor"],
        message: `The pages' dark text is hard to read on this colour (contrast ${ratio.toFixed(1)}:1; at least ${MINIMUM_CONTRAST}:1 is needed). Choose a lighter colour.`,
      });
  }
}

const ZDisplayName = storableText().trim().max(100, "Use at most 100 characters.").default("");

export const ZBrandingSettings = z
  .object({
    displayName: ZDisplayName,
    primaryColor: ZHexColour.default(""),
    backgroundColor: ZHexColour.default(""),
    customCss: storableText()
      .max(CUSTOM_CSS_MAX_CHARACTERS, "Use at most 25 KB of CSS.")
      .default(""),
  })
  .superRefine(readableColours);
export type TBrandingSettings = z.input<typeof ZBrandingSettings>;

/**
 * An application's own look over the tenant's: its name at the top of the
 * pages and its colours, each empty to keep the tenant's; the same contrast
 * checks.
 */
export const ZApplicationBranding = z
  .object({
    displayName: ZDisplayName,
    primaryColor: ZHexColour.default(""),
    backgroundColor: ZHexColour.default(""),
  })
  .superRefine(readableColours);
export type TApplicationBranding = z.input<typeof ZApplicationBranding>;
