import * as jose from "jose";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  authorize,
  browse,
  confidential,
  cookieHeader,
  discover,
  publicClientId,
  redirectUri,
  signIn,
  startProtocolHarness,
  storeCookies,
  type CookieJar,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";

/*
 * The checks of the OpenID Foundation's Basic OP and Config OP test plans that
 * apply to a provider of the authorization code flow, and RFC 9700's rules for
 * such a provider, driven by openid-client and plain HTTP.
 */

let h: ProtocolHarness;
let config: client.Configuration;
let metadata: client.ServerMetadata;

beforeAll(async () => {
  h = await startProtocolHarness("conformance");
  config = await discover(h, confidential.clientId, confidential.secret);
  metadata = config.serverMetadata();
});

afterAll(() => h?.close());

const basicAuth = `Basic ${Buffer.from(
  `${encodeURIComponent(confidential.clientId)}:${encodeURIComponent(confidential.secret)}`,
).toString("base64")}`;

/** The authorization endpoint with our client's defaults, any of which `params` may replace or drop (undefined). */
function authorizationUrl(params: Record<string, string | undefined>): string {
  const url = new URL(metadata.authorization_endpoint!);
  const all: Record<string, string | undefined> = {
    client_id: confidential.clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid",
    state: "conformance-state",
    ...params,
  };
  for (const [key, value] of Object.entries(all))
    if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

async function tokenRequest(body: Record<string, string>, authorization = basicAuth) {
  return fetch(metadata.token_endpoint!, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization },
    body: new URLSearchParams(body),
  });
}

describe("Config OP: discovery and keys", () => {
  it("serves the required discovery fields for the issuer it was fetched from", async () => {
    const response = await fetch(`${h.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const document = await response.json();
    expect(document).toMatchObject({
      issuer: h.issuer,
      authorization_endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/conformance\//),
      token_endpoint: expect.stringContaining(h.issuer),
      userinfo_endpoint: expect.stringContaining(h.issuer),
      jwks_uri: expect.stringContaining(h.issuer),
      response_types_supported: ["code"],
      subject_types_supported: expect.arrayContaining(["public"]),
      id_token_signing_alg_values_supported: expect.arrayContaining(["RS256"]),
      scopes_supported: expect.arrayContaining(["openid", "profile", "email", "offline_access"]),
      grant_types_supported: expect.arrayContaining(["authorization_code", "refresh_token"]),
      token_endpoint_auth_methods_supported: expect.arrayContaining([
        "client_secret_basic",
        "client_secret_post",
      ]),
      claims_supported: expect.arrayContaining(["sub", "email", "name"]),
      code_challenge_methods_supported: ["S256"],
      response_modes_supported: expect.arrayContaining(["query", "form_post"]),
      authorization_response_iss_parameter_supported: true,
    });
    expect(document.grant_types_supported).not.toContain("implicit");
    expect(document.grant_types_supported).not.toContain("password");
    expect(document.id_token_signing_alg_values_supported).not.toContain("none");
    for (const [key, value] of Object.entries(document))
      if (key.endsWith("_alg_values_supported")) expect(value).not.toContain("none");
  });

  it("publishes a JWKS of public signing keys with unique kids that verify its ID tokens", async () => {
    const jwks = (await (await fetch(metadata.jwks_uri!)).json()) as jose.JSONWebKeySet;
    const kids = jwks.keys.map((key) => key.kid);
    expect(new Set(kids).size).toBe(kids.length);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: "RSA", use: "sig", alg: "RS256" });
      for (const secret of ["d", "p", "q", "dp", "dq", "qi"])
        expect(key).not.toHaveProperty(secret);
      await expect(jose.importJWK(key, "RS256")).resolves.toBeTruthy();
    }

    const tokens = await signIn(h, config);
    const { protectedHeader, payload } = await jose.jwtVerify(
      tokens.id_token!,
      jose.createLocalJWKSet(jwks),
      { issuer: h.issuer, audience: confidential.clientId },
    );
    expect(protectedHeader.alg).toBe("RS256");
    expect(kids).toContain(protectedHeader.kid);
    expect(payload).toMatchObject({ sub: h.guestId, iss: h.issuer, aud: confidential.clientId });
    expect(typeof payload.iat).toBe("number");
    expect(payload.exp).toBeGreaterThan(payload.iat!);
  });
});

describe("Basic OP: the authorization request", () => {
  it("echoes the nonce in the ID token and state in the response", async () => {
    const { callback, verifier, state, nonce } = await authorize(h, config);
    expect(callback.searchParams.get("state")).toBe(state);
    expect(callback.searchParams.get("iss")).toBe(h.issuer);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    expect(tokens.claims()?.nonce).toBe(nonce);
    expect(tokens.token_type.toLowerCase()).toBe("bearer");
  });

  it("refuses a request without response_type, without issuing a code", async () => {
    const response = await fetch(authorizationUrl({ response_type: undefined }), {
      redirect: "manual",
    });
    const location = response.headers.get("location");
    if (location) {
      const callback = new URL(location);
      expect(callback.href.startsWith(redirectUri)).toBe(true);
      expect(callback.searchParams.get("error")).toBe("invalid_request");
      expect(callback.searchParams.get("code")).toBeNull();
    } else {
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("response_type");
    }
  });

  it.each(["token", "id_token", "id_token token", "code id_token", "code token", "none"])(
    "answers response_type=%s with unsupported_response_type (no implicit or hybrid flow)",
    async (responseType) => {
      const response = await fetch(
        authorizationUrl({ response_type: responseType, nonce: "n-0S6_WzA2Mj" }),
        { redirect: "manual" },
      );
      const callback = new URL(response.headers.get("location")!);
      expect(callback.href.startsWith(redirectUri)).toBe(true);
      const params = new URLSearchParams(callback.search || callback.hash.slice(1));
      expect(params.get("error")).toBe("unsupported_response_type");
      expect(params.get("code")).toBeNull();
      expect(params.get("access_token")).toBeNull();
      expect(params.get("id_token")).toBeNull();
    },
  );

  it("refuses an unregistered redirect_uri, or one that differs by a character, without redirecting", async () => {
    for (const candidate of [
      "https://attacker.example/callback",
      `${redirectUri}/`,
      `${redirectUri}?next=x`,
      redirectUri.replace("localhost", "LOCALHOST"),
      redirectUri.replace("9999", "9998"),
      `${redirectUri}#fragment`,
    ]) {
      const response = await fetch(authorizationUrl({ redirect_uri: candidate }), {
        redirect: "manual",
      });
      expect(response.status, candidate).toBe(400);
      expect(response.headers.get("location"), candidate).toBeNull();
    }
  });

  it("requires the redirect_uri even when the client has only one", async () => {
    const response = await fetch(authorizationUrl({ redirect_uri: undefined }), {
      redirect: "manual",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
  });

  it("ignores unknown parameters and accepts login_hint and ui_locales", async () => {
    const tokens = await signIn(h, config, {
      unknown_parameter: "ignored",
      another: "x".repeat(200),
      login_hint: "Ada@Supplier.test",
      ui_locales: "fr-CA fr en",
      claims_locales: "fr",
    });
    expect(tokens.claims()?.sub).toBe(h.guestId);
    const journey = await h.prisma.journey.findUniqueOrThrow({
      where: { interactionId: h.interactions.at(-1)! },
    });
    expect(journey.email).toBe("ada@supplier.test");
    expect(journey.uiLocales).toBe("fr-CA fr en");
  });

  it("answers response_mode=form_post with a self-submitting form", async () => {
    const jar: CookieJar = new Map();
    let next = authorizationUrl({
      response_mode: "form_post",
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
    });
    let body = "";
    let response: Response | undefined;
    for (let hop = 0; hop < 10 && !body; hop++) {
      response = await fetch(next, { redirect: "manual", headers: { cookie: cookieHeader(jar) } });
      storeCookies(jar, response);
      const location = response.headers.get("location");
      if (location) next = new URL(location, next).href;
      else body = await response.text();
    }
    expect(response!.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response!.headers.get("cache-control")).toContain("no-store");
    expect(body).toMatch(new RegExp(`<form[^>]+method="post"[^>]+action="${redirectUri}"`));
    expect(body).toMatch(/name="code" value="[^"]+"/);
    expect(body).toContain(`name="iss" value="${h.issuer}"`);
  });

  it("does not offer CORS on the authorization endpoint", async () => {
    for (const method of ["GET", "OPTIONS"]) {
      const response = await fetch(authorizationUrl({}), {
        method,
        redirect: "manual",
        headers: {
          origin: "https://attacker.example",
          "access-control-request-method": "GET",
        },
      });
      expect(response.headers.get("access-control-allow-origin"), method).toBeNull();
    }
  });
});

describe("Basic OP: prompt, max_age and id_token_hint", () => {
  it("answers prompt=none without a session with login_required at the redirect URI", async () => {
    const response = await fetch(authorizationUrl({ prompt: "none" }), { redirect: "manual" });
    const callback = new URL(response.headers.get("location")!);
    expect(callback.href.startsWith(redirectUri)).toBe(true);
    expect(callback.searchParams.get("error")).toBe("login_required");
    expect(callback.searchParams.get("state")).toBe("conformance-state");
    expect(callback.searchParams.get("iss")).toBe(h.issuer);
  });

  it("answers prompt=none with a session and consent silently, for the same user", async () => {
    const jar: CookieJar = new Map();
    const first = await signIn(h, config, {}, jar);
    const seen = h.interactions.length;
    const second = await signIn(h, config, { prompt: "none" }, jar);
    expect(h.interactions.length).toBe(seen);
    expect(second.claims()?.sub).toBe(first.claims()?.sub);
  });

  it("makes the user sign in again on prompt=login, with a new session id", async () => {
    const jar: CookieJar = new Map();
    const first = await signIn(h, config, {}, jar);
    const sessionBefore = sessionCookie(jar);
    const seen = h.interactions.length;
    const second = await signIn(h, config, { prompt: "login" }, jar);
    expect(h.interactions.length).toBeGreaterThan(seen);
    expect(sessionCookie(jar)).not.toBe(sessionBefore);
    expect(second.claims()!.auth_time).toBeGreaterThanOrEqual(first.claims()!.auth_time!);
  });

  it("says in the ID token how the user signed in, and signs in again with a second factor for acr_values=mfa", async () => {
    expect(metadata.acr_values_supported).toEqual(
      expect.arrayContaining([
        "sfa",
        "mfa",
        "http://schemas.openid.net/pape/policies/2007/06/multi-factor",
      ]),
    );
    const jar: CookieJar = new Map();
    const first = await signIn(h, config, {}, jar);
    expect(first.claims()).toMatchObject({ amr: ["otp"], acr: "sfa" });
    const seen = h.interactions.length;
    const stronger = await signIn(h, config, { prompt: "", acr_values: "mfa" }, jar);
    expect(h.interactions.length).toBeGreaterThan(seen);
    expect(stronger.claims()).toMatchObject({ amr: ["otp", "mfa"], acr: "mfa" });
    // The multi-factor session satisfies the next request for it without signing in again.
    const again = await signIn(h, config, { prompt: "", acr_values: "mfa" }, jar);
    expect(h.interactions.length).toBe(seen + 1);
    expect(again.claims()!.acr).toBe("mfa");
  });

  it("makes the user sign in again when max_age has passed, and reports auth_time", async () => {
    const jar: CookieJar = new Map();
    await signIn(h, config, {}, jar);
    const seen = h.interactions.length;
    const fresh = await signIn(h, config, { prompt: "", max_age: "3600" }, jar);
    expect(h.interactions.length).toBe(seen);
    expect(typeof fresh.claims()!.auth_time).toBe("number");

    await new Promise((resolve) => setTimeout(resolve, 2100));
    const stale = await signIn(h, config, { prompt: "", max_age: "1" }, jar);
    expect(h.interactions.length).toBeGreaterThan(seen);
    expect(stale.claims()!.auth_time).toBeGreaterThan(fresh.claims()!.auth_time!);
  });

  it("accepts its own ID token as id_token_hint and refuses a forged or unsigned one", async () => {
    const jar: CookieJar = new Map();
    const first = await signIn(h, config, {}, jar);
    const again = await signIn(h, config, { prompt: "none", id_token_hint: first.id_token! }, jar);
    expect(again.claims()?.sub).toBe(h.guestId);

    const payload = first.claims()!;
    const unsigned = new jose.UnsecuredJWT({ ...payload }).encode();
    const foreignKey = (await jose.generateKeyPair("RS256")).privateKey;
    const forged = await new jose.SignJWT({ ...payload })
      .setProtectedHeader({ alg: "RS256", kid: jose.decodeProtectedHeader(first.id_token!).kid })
      .sign(foreignKey);
    for (const hint of [unsigned, forged, "not-a-jwt"]) {
      const response = await fetch(authorizationUrl({ prompt: "none", id_token_hint: hint }), {
        redirect: "manual",
        headers: { cookie: cookieHeader(jar) },
      });
      const callback = new URL(response.headers.get("location")!);
      expect(callback.searchParams.get("error")).toBe("invalid_request");
      expect(callback.searchParams.get("code")).toBeNull();
    }
  });
});

function sessionCookie(jar: CookieJar): string | undefined {
  return [...jar].find(([name]) => /session$/.test(name) && !name.endsWith(".sig"))?.[1];
}

describe("Basic OP: the token endpoint", () => {
  it("rejects a reused code and revokes the tokens issued from it", async () => {
    const { callback, verifier, state, nonce } = await authorize(h, config);
    const checks = { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce };
    const tokens = await client.authorizationCodeGrant(config, callback, checks);
    await expect(
      client.fetchUserInfo(config, tokens.access_token, h.guestId),
    ).resolves.toBeTruthy();

    await expect(client.authorizationCodeGrant(config, callback, checks)).rejects.toMatchObject({
      error: "invalid_grant",
    });
    await expect(client.fetchUserInfo(config, tokens.access_token, h.guestId)).rejects.toThrow();
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: "invalid_grant",
    });
  });

  it("gives tokens to at most one of ten parallel redemptions of a code or of a refresh token", async () => {
    // A request that reads the code after another consumed it is a replay, and oidc-provider then
    // revokes the grant: so "at most one", and never two sets of tokens.
    const { callback, verifier, state, nonce } = await authorize(h, config);
    const checks = { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce };
    const exchanges = await Promise.allSettled(
      Array.from({ length: 10 }, () => client.authorizationCodeGrant(config, callback, checks)),
    );
    const issued = exchanges.filter((result) => result.status === "fulfilled");
    expect(issued.length).toBeLessThanOrEqual(1);
    for (const refused of exchanges.filter((result) => result.status === "rejected"))
      expect(refused.reason).toMatchObject({ error: "invalid_grant" });

    const fresh = await authorize(h, config);
    const tokens = await client.authorizationCodeGrant(config, fresh.callback, {
      pkceCodeVerifier: fresh.verifier,
      expectedState: fresh.state,
      expectedNonce: fresh.nonce,
    });
    const refreshes = await Promise.allSettled(
      Array.from({ length: 10 }, () => client.refreshTokenGrant(config, tokens.refresh_token!)),
    );
    expect(refreshes.filter((result) => result.status === "fulfilled").length).toBeLessThanOrEqual(
      1,
    );
    for (const refused of refreshes.filter((result) => result.status === "rejected"))
      expect(refused.reason).toMatchObject({ error: "invalid_grant" });
  });

  it("binds the code to its redirect_uri and its client", async () => {
    const { callback, verifier } = await authorize(h, config);
    const code = callback.searchParams.get("code")!;
    const wrongRedirect = await tokenRequest({
      grant_type: "authorization_code",
      code,
      redirect_uri: "http://localhost:9999/other",
      code_verifier: verifier,
    });
    expect(wrongRedirect.status).toBe(400);
    expect(await wrongRedirect.json()).toMatchObject({ error: "invalid_grant" });

    const other = await authorize(h, config);
    const asPublicClient = await fetch(metadata.token_endpoint!, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: publicClientId,
        code: other.callback.searchParams.get("code")!,
        redirect_uri: redirectUri,
        code_verifier: other.verifier,
      }),
    });
    expect(asPublicClient.status).toBe(400);
    expect(await asPublicClient.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("accepts only S256 as PKCE method", async () => {
    const response = await fetch(
      authorizationUrl({ code_challenge: "a".repeat(43), code_challenge_method: "plain" }),
      { redirect: "manual" },
    );
    const callback = new URL(response.headers.get("location")!);
    expect(callback.searchParams.get("error")).toBe("invalid_request");
    expect(callback.searchParams.get("code")).toBeNull();
  });

  it("rejects a code_verifier when the request had no code_challenge, and a wrong verifier", async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid",
      prompt: "consent",
    });
    const withoutChallenge = await browse(h, url.href);
    const response = await tokenRequest({
      grant_type: "authorization_code",
      code: withoutChallenge.searchParams.get("code")!,
      redirect_uri: redirectUri,
      code_verifier: client.randomPKCECodeVerifier(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });

    const { callback } = await authorize(h, config);
    const wrongVerifier = await tokenRequest({
      grant_type: "authorization_code",
      code: callback.searchParams.get("code")!,
      redirect_uri: redirectUri,
      code_verifier: client.randomPKCECodeVerifier(),
    });
    expect(wrongVerifier.status).toBe(400);
    expect(await wrongVerifier.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("lets a confidential client without PKCE use the code flow", async () => {
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid",
      prompt: "consent",
      nonce: "conformance-nonce",
    });
    const callback = await browse(h, url.href);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      expectedNonce: "conformance-nonce",
      expectedState: client.skipStateCheck,
    });
    expect(tokens.claims()?.sub).toBe(h.guestId);
  });

  it.each([
    "password",
    "implicit",
    "client_credentials",
    "urn:ietf:params:oauth:grant-type:device_code",
  ])("refuses grant_type=%s", async (grantType) => {
    const response = await tokenRequest({
      grant_type: grantType,
      username: "ada@supplier.test",
      password: "guess",
      scope: "openid",
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^(unsupported_grant_type|unauthorized_client)$/);
  });

  it("answers token errors as JSON that is never cached", async () => {
    const response = await tokenRequest({ grant_type: "authorization_code", code: "nonsense" });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = await response.json();
    expect(body.error).toMatch(/^invalid_(grant|request)$/);
  });

  it("rotates refresh tokens and keeps them to the client they were issued to", async () => {
    const tokens = await signIn(h, config);
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.claims()?.sub).toBe(h.guestId);

    const stolen = await fetch(metadata.token_endpoint!, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        client_id: publicClientId,
        refresh_token: refreshed.refresh_token!,
      }),
    });
    expect(stolen.status).toBe(400);
    expect(await stolen.json()).toMatchObject({ error: "invalid_grant" });
  });
});

describe("Basic OP: userinfo and scopes", () => {
  it("answers userinfo by GET, by POST with the header and by POST with the token in the body", async () => {
    const tokens = await signIn(h, config);
    const endpoint = metadata.userinfo_endpoint!;
    const viaGet = await fetch(endpoint, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    const viaPostHeader = await fetch(endpoint, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    const viaPostBody = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ access_token: tokens.access_token }),
    });
    for (const response of [viaGet, viaPostHeader, viaPostBody]) {
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ sub: h.guestId, email: "ada@supplier.test" });
    }
  });

  it("refuses userinfo without a token or with a bad one, with a Bearer challenge", async () => {
    for (const authorization of [undefined, "Bearer not-a-token"]) {
      const response = await fetch(metadata.userinfo_endpoint!, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    }
  });

  it("releases email claims only for the email scope and profile claims only for profile", async () => {
    const emailOnly = await signIn(h, config, { scope: "openid email" });
    const emailInfo = await client.fetchUserInfo(config, emailOnly.access_token, h.guestId);
    expect(emailInfo).toMatchObject({ email: "ada@supplier.test", email_verified: true });
    expect(emailInfo).not.toHaveProperty("given_name");

    const profileOnly = await signIn(h, config, { scope: "openid profile" });
    const profileInfo = await client.fetchUserInfo(config, profileOnly.access_token, h.guestId);
    expect(profileInfo).toMatchObject({ name: "Ada Supplier", given_name: "Ada" });
    expect(profileInfo).not.toHaveProperty("email");
    expect(profileOnly.refresh_token).toBeUndefined();
  });
});
