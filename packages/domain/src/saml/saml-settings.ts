import type { IdentityProvider } from "../generated/prisma/client";
import type { SamlBinding } from "./idp-metadata";
import { DEFAULT_SAML_ATTRIBUTES } from "./saml-provider-schemas";
import type { SamlIdentity, SamlIdentityProvider, SamlServiceProvider } from "./saml-sign-in";

const base = (hostedBaseUrl: string) => hostedBaseUrl.replace(/\/+$/, "");

/** Guestlist as one tenant's SAML service provider: its entity id is also where its metadata is served. */
export function samlServiceProviderFor(
  hostedBaseUrl: string,
  tenantSlug: string,
  key: { certificatePem: string; privateKeyPem: string },
): SamlServiceProvider {
  return {
    entityId: `${base(hostedBaseUrl)}/${tenantSlug}/saml/metadata`,
    acsUrl: samlAcsUrl(hostedBaseUrl, tenantSlug),
    ...key,
  };
}

export const samlAcsUrl = (hostedBaseUrl: string, tenantSlug: string) =>
  `${base(hostedBaseUrl)}/${tenantSlug}/federation/saml/acs`;

export function samlIdentityProviderOf(provider: IdentityProvider): SamlIdentityProvider {
  return {
    entityId: provider.issuer ?? "",
    ssoUrl: provider.samlSsoUrl ?? "",
    binding: (provider.samlSsoBinding as SamlBinding | null) ?? "HTTP-Redirect",
    signingCertificates: provider.samlCertificates,
    nameIdFormat: provider.samlNameIdFormat,
    clockSkewSeconds: provider.samlClockSkewSeconds,
  };
}

/**
 * A SAML identity as the claims the rest of federation reads: iss and sub
 * (the provider's entity id and the NameID), the OpenID names for email and
 * names taken from the attribute the admin mapped, else the common attribute
 * URIs, and every attribute by its own name, so a mapping can name any of them.
 */
export function claimsOfSamlIdentity(
  identity: SamlIdentity,
  mapping: Record<string, string> = {},
): Record<string, string> & { iss: string; sub: string } {
  const first = (attribute: keyof typeof DEFAULT_SAML_ATTRIBUTES) =>
    [...(mapping[attribute] ? [mapping[attribute]] : []), ...DEFAULT_SAML_ATTRIBUTES[attribute]!]
      .map((name) => identity.attributes[name])
      .find((value) => value);
  const email =
    first("email") ??
    (identity.nameIdFormat?.endsWith(":emailAddress") ? identity.nameId : undefined);
  const named: Record<string, string | undefined> = {
    email,
    given_name: first("givenName"),
    family_name: first("surname"),
    name: first("displayName"),
  };
  const claims: Record<string, string> = { ...identity.attributes };
  for (const [claim, value] of Object.entries(named)) if (value) claims[claim] = value;
  return { ...claims, iss: identity.issuer, sub: identity.nameId };
}
