import { z } from "zod";
import { ZEmailDomain } from "../tenants/tenant-schemas";
import { storableText } from "../validation/storable-text";

// Imported by browser code (the admin's form): keep free of server imports.

const ZClockSkew = z
  .number({ error: "Enter a number of seconds." })
  .int("Enter a whole number of seconds.")
  .min(0, "Use 0 to 600 seconds.")
  .max(600, "Use 0 to 600 seconds.")
  .default(180);

/** Home realm: addresses at these domains sign in with this provider only. */
const ZHomeRealmDomains = z.array(ZEmailDomain).max(50, "Use at most 50 domains.").default([]);

const ZMetadataUrl = storableText().trim().max(2000).default("");
const ZMetadataXml = storableText()
  .max(512 * 1024, "This metadata is too large.")
  .default("");

function refineMetadataUrl(input: { metadataUrl: string }, ctx: z.RefinementCtx) {
  if (input.metadataUrl && !/^https:\/\//i.test(input.metadataUrl))
    ctx.addIssue({ code: "custom", path: ["metadataUrl"], message: "Use an https:// address." });
}

/**
 * A SAML identity provider as an admin adds it: a name, and the partner's
 * metadata, either where it is published (https) or pasted. The attribute
 * mapping says which SAML attribute fills which of ours; empty uses the
 * common claim URIs (see DEFAULT_SAML_ATTRIBUTES).
 */
export const ZSamlIdentityProviderInput = z
  .object({
    displayName: storableText()
      .trim()
      .min(1, "Enter a name.")
      .max(100, "Use at most 100 characters."),
    metadataUrl: ZMetadataUrl,
    metadataXml: ZMetadataXml,
    claimMapping: z.record(z.string(), storableText().trim().max(500)).default({}),
    trustsEmailVerified: z.boolean().default(false),
    clockSkewSeconds: ZClockSkew,
    emailDomains: ZHomeRealmDomains,
  })
  .superRefine((input, ctx) => {
    if (!input.metadataUrl && !input.metadataXml.trim())
      ctx.addIssue({
        code: "custom",
        path: ["metadataUrl"],
        message: "Enter the metadata URL, or paste the metadata.",
      });
    refineMetadataUrl(input, ctx);
  });
export type TSamlIdentityProviderInput = z.input<typeof ZSamlIdentityProviderInput>;

/**
 * Changing a SAML identity provider: its settings, and optionally newer
 * metadata (pasted, or read again from its URL) for the same entity id, as
 * when the partner rolls its signing certificate over. Empty metadata fields
 * keep what is stored.
 */
export const ZSamlIdentityProviderUpdate = z
  .object({
    displayName: storableText()
      .trim()
      .min(1, "Enter a name.")
      .max(100, "Use at most 100 characters."),
    enabled: z.boolean(),
    metadataUrl: ZMetadataUrl,
    metadataXml: ZMetadataXml,
    claimMapping: z.record(z.string(), storableText().trim().max(500)).default({}),
    trustsEmailVerified: z.boolean(),
    clockSkewSeconds: ZClockSkew,
    emailDomains: ZHomeRealmDomains,
  })
  .superRefine(refineMetadataUrl);
export type TSamlIdentityProviderUpdate = z.input<typeof ZSamlIdentityProviderUpdate>;

/** Where our attributes come from when the admin maps nothing: the claim URIs AD FS, Entra and Okta send. */
export const DEFAULT_SAML_ATTRIBUTES: Record<string, string[]> = {
  email: [
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    "urn:oid:0.9.2342.19200300.100.1.3",
    "email",
    "mail",
  ],
  givenName: [
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
    "urn:oid:2.5.4.42",
    "givenName",
    "firstName",
  ],
  surname: [
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
    "urn:oid:2.5.4.4",
    "sn",
    "lastName",
  ],
  displayName: [
    "http://schemas.microsoft.com/identity/claims/displayname",
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
    "urn:oid:2.16.840.1.113730.3.1.241",
    "displayName",
  ],
};
