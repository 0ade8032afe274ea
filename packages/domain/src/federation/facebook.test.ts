import { describe, expect, it } from "vitest";
import * as client from "openid-client";
import { FACEBOOK, claimsFromFacebookProfile, facebookConfiguration } from "./facebook";
import { PRESET_ISSUERS, issuerOf } from "./upstream-configuration";

describe("identity provider presets", () => {
  it("point Google, and Microsoft work, school and personal accounts, at their discovery issuers", () => {
    const preset = (type: "GOOGLE" | "MICROSOFT") =>
      ({ type, displayName: type, issuer: null }) as Parameters<typeof issuerOf>[0];
    expect(issuerOf(preset("GOOGLE"))).toBe("https://accounts.google.com");
    expect(issuerOf(preset("MICROSOFT"))).toBe("https://login.microsoftonline.com/common/v2.0");
    expect(PRESET_ISSUERS.FACEBOOK).toBeUndefined();
  });

  it("builds Facebook's OAuth 2.0 authorization request with PKCE and its Graph scopes", async () => {
    const config = facebookConfiguration("fb-app-id", "fb-app-secret");
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: "https://login.woodgrove.test/woodgrove/federation/callback",
      scope: FACEBOOK.scope,
      state: "s",
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
    });
    expect(url.origin + url.pathname).toBe(FACEBOOK.authorizationEndpoint);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: "fb-app-id",
      response_type: "code",
      scope: "email public_profile",
      code_challenge_method: "S256",
    });
    expect(config.serverMetadata().token_endpoint).toBe(FACEBOOK.tokenEndpoint);
  });

  it("reads Graph's profile as claims with Facebook as the issuer", () => {
    expect(
      claimsFromFacebookProfile({
        id: "10223",
        name: "Fay Book",
        email: "fay@supplier.test",
        first_name: "Fay",
        last_name: "Book",
      }),
    ).toEqual({
      iss: "https://www.facebook.com",
      sub: "10223",
      email: "fay@supplier.test",
      email_verified: false,
      name: "Fay Book",
      given_name: "Fay",
      family_name: "Book",
    });
  });
});
