import type { BrandingAssetKind } from "../generated/prisma/enums";
import { createHash } from "node:crypto";
import { AppError } from "../errors/app-error";
import { sniffImageType, type ImageType } from "./image-type";

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

/**
 * An uploaded logo or favicon, checked: within its kind's size, and of a type
 * its kind allows as read from its bytes. Refused with the field named.
 */
export function checkedBrandingImage(
  kind: BrandingAssetKind,
  bytes: Uint8Array,
  field: string,
): { contentType: ImageType; sha256: string } {
  const rules = BRANDING_IMAGE_RULES[kind];
  const refuse = (message: string): never => {
    throw new AppError("invalid_input", message, { fieldIssues: [{ path: field, message }] });
  };
  if (bytes.length === 0) refuse(`Choose a ${rules.label} file.`);
  if (bytes.length > rules.maxBytes)
    refuse(`The ${rules.label} is larger than ${rules.maxBytes / 1024} KB.`);
  const contentType = sniffImageType(bytes);
  if (!contentType || !rules.types.includes(contentType))
    refuse(
      `A ${rules.label} must be ${rules.types.map((type) => type.replace("image/", "").replace("+xml", "").replace("x-icon", "ico").toUpperCase()).join(", ")}.`,
    );
  return { contentType: contentType!, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The tenant column naming each kind's current upload. */
export const BRANDING_SHA_COLUMN = {
  LOGO: "brandingLogoSha",
  FAVICON: "brandingFaviconSha",
} as const;

/** The path segment of each kind in the hosted app's asset URLs. */
export const ASSET_PATH_KIND = { LOGO: "logo", FAVICON: "favicon" } as const;
