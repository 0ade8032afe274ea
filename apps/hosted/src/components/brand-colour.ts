/** Guestlist's own blue, for tenants without a brand colour (or with one we refuse). */
export const DEFAULT_BRAND = "#1d4ed8";
/** Tailwind's slate-50: the page behind the card when the tenant sets none. */
export const DEFAULT_BACKGROUND = "#f8fafc";

const SAFE_COLOUR = /^#[0-9a-fA-F]{3,8}$/;

const safe = (colour: string | null | undefined, fallback: string) =>
  colour && SAFE_COLOUR.test(colour) ? colour : fallback;

/** A tenant's colour if it is a plain hex colour, the default otherwise. */
export function brandColour(colour: string | null | undefined): string {
  return safe(colour, DEFAULT_BRAND);
}

/** Where a page finds the stylesheet setting `--brand` and `--page-background` (see app/api/branding/route.ts). */
export function brandStylesheetHref(
  colour: string | null | undefined,
  background?: string | null,
): string {
  const query = new URLSearchParams({ colour: brandColour(colour) });
  if (background) query.set("background", safe(background, DEFAULT_BACKGROUND));
  return `/api/branding?${query.toString()}`;
}

export function brandStylesheet(
  colour: string | null | undefined,
  background?: string | null,
): string {
  return `.tenant-frame{--brand:${brandColour(colour)};--page-background:${safe(background, DEFAULT_BACKGROUND)}}\n`;
}
