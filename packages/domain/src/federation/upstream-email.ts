import type { IdentityProvider } from "../generated/prisma/client";

/** Entra's tenant of personal Microsoft accounts, whose addresses Microsoft has confirmed. */
const MICROSOFT_PERSONAL_ACCOUNTS_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

/**
 * Whether the upstream's email counts as proven, so that no code is needed
 * before an account is created with it: only for a provider the admin trusts
 * for email, and only when that provider says it verified the address.
 * Microsoft's `common` endpoint also serves work accounts whose `email` any
 * tenant admin can set: there it counts for personal accounts, or with
 * Microsoft's "domain owner verified" claim. Facebook shares only addresses
 * its users confirmed but says nothing per address; neither does a SAML
 * identity provider, which asserts its organisation's own addresses.
 */
export function upstreamVouchesForEmail(
  provider: Pick<IdentityProvider, "type" | "trustsEmailVerified">,
  claims: Record<string, unknown>,
): boolean {
  if (!provider.trustsEmailVerified) return false;
  switch (provider.type) {
    // SAML has no per-address flag: trusting the provider for email is trusting its addresses.
    case "FACEBOOK":
    case "SAML":
      return true;
    case "MICROSOFT":
      return (
        claims.tid === MICROSOFT_PERSONAL_ACCOUNTS_TENANT ||
        claims.xms_edov === true ||
        claims.email_verified === true
      );
    default:
      return claims.email_verified === true;
  }
}
