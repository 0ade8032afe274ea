/** Guestlist's own blue, for tenants without a brand colour (or with one we refuse). */
export const DEFAULT_BRAND = "#1d4ed8";

const SAFE_COLOUR = /^#[0-9a-fA-F]{3,8}$/;

/** A tenant's colour if it is a plain hex colour, the default otherwise. */
export function brandColour(colour: string | null | undefined): string {
  return colour && SAFE_COLOUR.test(colour) ? colour : DEFAULT_BRAND;
}

/** Where a page finds the stylesheet setting `--brand` (see app/api/branding/route.ts). */
export function brandStylesheetHref(colour: string | null | undefined): string {
  return `/api/branding?colour=${encodeURIComponent(brandColour(colour))}`;
}

export function brandStylesheet(colour: string | null | undefined): string {
  return `.tenant-frame{--brand:${brandColour(colour)}}\n`;
}
