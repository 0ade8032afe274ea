// Imported by browser code (the admin's forms): keep free of server imports.

/**
 * Claims a connector may never set: the token's own (who, for whom, by whom,
 * when), the person's address, and everything Guestlist itself puts in tokens
 * (standard profile claims and the flow's attributes, extension_…).
 */
const RESERVED_CLAIMS = new Set([
  "iss",
  "sub",
  "aud",
  "exp",
  "nbf",
  "iat",
  "jti",
  "auth_time",
  "nonce",
  "acr",
  "amr",
  "azp",
  "sid",
  "at_hash",
  "c_hash",
  "s_hash",
  "cnf",
  "scope",
  "client_id",
  "tid",
  "idp",
  "email",
  "email_verified",
  "name",
  "given_name",
  "family_name",
  "locale",
  "terms_accepted",
]);
export const CLAIM_NAME = /^[A-Za-z][A-Za-z0-9_.:/-]{0,99}$/;

export function isReservedClaim(name: string): boolean {
  return RESERVED_CLAIMS.has(name) || name.toLowerCase().startsWith("extension_");
}
