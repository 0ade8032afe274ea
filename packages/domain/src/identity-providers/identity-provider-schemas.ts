import { z } from "zod";
import { storableText } from "../validation/storable-text";

// Imported by browser code (the admin's forms): keep free of server imports.

export const IDENTITY_PROVIDER_PRESETS = {
  EMAIL_OTP: { label: "Email one-time passcode", federated: false },
  EMAIL_PASSWORD: { label: "Email and password", federated: false },
  MICROSOFT: { label: "Microsoft", federated: true },
  GOOGLE: { label: "Google", federated: true },
  FACEBOOK: { label: "Facebook", federated: true },
  OIDC: { label: "OpenID Connect", federated: true },
  SAML: { label: "SAML 2.0", federated: true },
} as const;
export type IdentityProviderKind = keyof typeof IDENTITY_PROVIDER_PRESETS;

/** The kinds this client-id/secret form creates; a SAML provider is created from its metadata. */
export const FORM_CREATED_KINDS = [
  "EMAIL_OTP",
  "EMAIL_PASSWORD",
  "MICROSOFT",
  "GOOGLE",
  "FACEBOOK",
  "OIDC",
] as const;
export type FormCreatedKind = (typeof FORM_CREATED_KINDS)[number];

/**
 * Whether a new provider of this kind is trusted for email by default: Google and
 * Microsoft mark an address verified only when they have checked it; a generic
 * provider or Facebook may say so of any address, so an admin decides.
 */
export function trustsEmailByDefault(type: IdentityProviderKind): boolean {
  return type === "GOOGLE" || type === "MICROSOFT";
}

const ZUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        url.protocol === "https:" ||
        (url.protocol === "http:" && ["localhost", "127.0.0.1"].includes(url.hostname))
      );
    } catch {
      return false;
    }
  }, "Use an https:// address (http:// only for localhost).");

/**
 * One schema for every kind: local providers have only a name and a switch;
 * federated ones need a client id, and a secret on creation (on update an
 * empty secret keeps the stored one: secrets are write-only). Generic OpenID
 * Connect also needs its issuer and may map claims.
 */
export const ZIdentityProviderInput = z
  .object({
    type: z.enum(FORM_CREATED_KINDS),
    displayName: storableText()
      .trim()
      .min(1, "Enter a name.")
      .max(100, "Use at most 100 characters."),
    enabled: z.boolean(),
    issuer: storableText().trim().max(500).default(""),
    clientId: storableText().trim().max(500).default(""),
    clientSecret: storableText().max(2000).default(""),
    scopes: storableText().trim().max(500).default(""),
    claimMapping: z.record(z.string(), storableText().trim().max(100)).default({}),
    /** Unset: the kind's default (trustsEmailByDefault). */
    trustsEmailVerified: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (!IDENTITY_PROVIDER_PRESETS[input.type].federated) return;
    if (!input.clientId)
      ctx.addIssue({
        code: "custom",
        path: ["clientId"],
        message: "Enter the client (application) ID from the provider.",
      });
    if (input.type === "OIDC") {
      const issuer = ZUrl.safeParse(input.issuer);
      if (!issuer.success)
        ctx.addIssue({
          code: "custom",
          path: ["issuer"],
          message: "Enter the provider's issuer or discovery URL (https://).",
        });
    }
  });
export type TIdentityProviderInput = z.input<typeof ZIdentityProviderInput>;
