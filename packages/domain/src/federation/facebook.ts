import * as client from "openid-client";

/**
 * Facebook Login is OAuth 2.0 with the Graph API for the profile, not OpenID
 * Connect discovery. The identity's issuer is Facebook's site; its subject is
 * the app-scoped user id Graph returns.
 */
export const FACEBOOK = {
  issuer: "https://www.facebook.com",
  authorizationEndpoint: "https://www.facebook.com/v19.0/dialog/oauth",
  tokenEndpoint: "https://graph.facebook.com/v19.0/oauth/access_token",
  profileUrl: "https://graph.facebook.com/v19.0/me?fields=id,name,email,first_name,last_name",
  scope: "email public_profile",
} as const;

export function facebookConfiguration(
  clientId: string,
  clientSecret: string,
): client.Configuration {
  return new client.Configuration(
    {
      issuer: FACEBOOK.issuer,
      authorization_endpoint: FACEBOOK.authorizationEndpoint,
      token_endpoint: FACEBOOK.tokenEndpoint,
    },
    clientId,
    clientSecret,
    client.ClientSecretPost(clientSecret),
  );
}

/** Graph's /me as the claims the rest of federation reads. Facebook shares only confirmed addresses, but we treat them as unverified. */
export function claimsFromFacebookProfile(
  profile: Record<string, unknown>,
): Record<string, unknown> & { iss: string; sub: string } {
  return {
    iss: FACEBOOK.issuer,
    sub: typeof profile.id === "string" || typeof profile.id === "number" ? String(profile.id) : "",
    email: typeof profile.email === "string" ? profile.email : undefined,
    email_verified: false,
    name: profile.name,
    given_name: profile.first_name,
    family_name: profile.last_name,
  };
}
