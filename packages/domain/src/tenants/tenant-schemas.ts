import { z } from "zod";
import { storableText } from "../validation/storable-text";

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
  name: storableText().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
});
export type TCreateTenantInput = z.infer<typeof ZCreateTenantInput>;

export const ZRenameTenantInput = z.object({
  name: storableText().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
});
export type TRenameTenantInput = z.infer<typeof ZRenameTenantInput>;

/** An email domain typed by an admin (contoso.com), lower-cased. */
export const ZEmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    "Enter domains like contoso.com, one per line.",
  );

const retentionDays = z
  .number({ error: "Enter a whole number of days." })
  .int("Enter a whole number of days.")
  .min(1, "Keep it at least 1 day.")
  .max(3650, "Keep it at most 3650 days (10 years).")
  .nullable();

/** How long the tenant keeps what sign-in leaves behind; null is the default (see each field). */
export const ZRetentionSettings = z.object({
  /** Guests' sign-in and sign-up events in the audit log; null keeps them. */
  signInHistoryRetentionDays: retentionDays,
  /** The API connector call log; null uses the instance's default. */
  connectorCallRetentionDays: retentionDays,
});
export type TRetentionSettings = z.infer<typeof ZRetentionSettings>;

/** The flow people sign in through to reach their account page; null lets Guestlist choose. */
export const ZAccountPageSettings = z.object({
  userFlowId: z.uuid("Choose a user flow.").nullable(),
});
export type TAccountPageSettings = z.infer<typeof ZAccountPageSettings>;

/** Entra's "External collaboration settings" for self-service sign-up. */
export const ZExternalCollaborationSettings = z
  .object({
    selfServiceSignUpEnabled: z.boolean(),
    signUpDomainPolicy: z.enum(["ANY", "ALLOW_LIST", "BLOCK_LIST"]),
    signUpDomains: z.array(ZEmailDomain).max(500, "Use at most 500 domains."),
  })
  .refine((s) => s.signUpDomainPolicy === "ANY" || s.signUpDomains.length > 0, {
    path: ["signUpDomains"],
    message: "List at least one domain, or choose to allow every domain.",
  });
export type TExternalCollaborationSettings = z.infer<typeof ZExternalCollaborationSettings>;
