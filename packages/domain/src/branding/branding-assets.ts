import type { BrandingAssetKind } from "../generated/prisma/enums";
import type { ImageType } from "./image-type";

/** What each kind of upload may be: its types and its size. */
export const BRANDING_IMAGE_RULES: Record<
  BrandingAssetKind,
  { types: ImageType[]; maxBytes: number; label: string }
> = {
  LOGO: {
    types: ["image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"],
    maxBytes: 200 * 1024,
    label: "logo",
  },
  FAVICON: {
    types: ["image/x-icon", "image/png", "image/svg+xml"],
    maxBytes: 50 * 1024,
    label: "favicon",
  },
};

/** The path segment of each kind in the hosted app's asset URLs. */
export const ASSET_PATH_KIND = { LOGO: "logo", FAVICON: "favicon" } as const;
