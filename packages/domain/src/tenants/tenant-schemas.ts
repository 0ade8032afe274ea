import { z } from "zod";

// Paths the hosted app serves at its root; a tenant cannot take them as its slug.
const RESERVED_SLUGS = new Set([
  "api",
  "admin",
  "health",
  "static",
  "assets",
  "_next",
  "favicon.ico",
  "well-known",
]);

export const ZTenantSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(40, "Use at most 40 characters.")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "Use lower-case letters, digits and single hyphens.")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "This name is reserved; choose another.");

export const ZCreateTenantInput = z.object({
  slug: ZTenantSlug,
  name: z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
});
export type TCreateTenantInput = z.infer<typeof ZCreateTenantInput>;
