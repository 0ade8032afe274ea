import { decodeProtectedHeader } from "jose";
import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setGuestUsersBlocked } from "@guestlist/domain/guests";
import { maintainSigningKeys, rotateSigningKey } from "@guestlist/domain/oidc";
import {
  authorize,
  browse,
  confidential,
  cookieHeader,
  discover,
  postingClientId,
  publicClientId,
  redirectUri,
  signIn,
  startProtocolHarness,
  storeCookies,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";

let h: ProtocolHarness;
let prisma: ProtocolHarness["prisma"];
let issuer: string;
let guestId: string;
let tenantId: string;
let encryptionKey: string;

beforeAll(async () => {
  h = await startProtocolHarness();
  ({ prisma, issuer, guestId, tenantId, encryptionKey } = h);
});

afterAll(() => h?.close());

describe("the tenant's OpenID Connect provider", () => {
  it("publishes discovery and a JWKS with the tenant's RS256 key", async () => {
    const config = await discover(h, confidential.clientId, confidential.secret);
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(issuer);
    expect(metadata.response_types_supported).toEqual(["code"]);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
    expect(metadata.prompt_values_supported).toContain("create");
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true);
    const jwks = await (await fetch(metadata.jwks_uri!)).json();
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it("runs the code flow with PKCE and puts the flow's attributes in the ID token", async () => {
    const config = await discover(h, confidential.clientId, confidential.secret);
    const { callback, verifier, state, nonce } = await authorize(h, config);
    expect(callback.searchParams.get("iss")).toBe(issuer);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    const claims = tokens.claims()!;
    const extension = (await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } }))
      .extensionAppId;
    expect(claims).toMatchObject({
      sub: guestId,
      tid: tenantId,
      idp: "mail",
      email: "ada@supplier.test",
      email_verified: true,
      name: "Ada Supplier",
      given_name: "Ada",
      [`extension_${extension}_BusinessName`]: "Ada's Apples",
    });
    expect(tokens.refresh_token).toBeTruthy();

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, guestId);
    expect(userinfo).toMatchObject({
      sub: guestId,
      email: "ada@supplier.test",
      name: "Ada Supplier",
    });

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
      error: "invalid_grant",
    });
  });

  it("stops a blocked user's refresh token and access token at once", async () => {
    const config = await discover(h, confidential.clientId, confidential.secret);
    const { callback, verifier, state, nonce } = await authorize(h, config);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    const access = {
      tenant: await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } }),
      role: "USER_ADMIN" as const,
      actor: { type: "OPERATOR" as const, id: "protocol-test" },
    };
    await setGuestUsersBlocked(prisma, access, { ids: [guestId] }, true);
    try {
      await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({
        error: "invalid_grant",
      });
      await expect(client.fetchUserInfo(config, tokens.access_token, guestId)).rejects.toThrow();
    } finally {
      await setGuestUsersBlocked(prisma, access, { ids: [guestId] }, false);
    }
  });

  // oidc-provider accepts the secret in the body or the header for any client that has one
  // (RFC 6749 2.3.1: servers must support HTTP Basic for clients with passwords).
  it("accepts the client secret in the body (client_secret_post) as well as in the header", async () => {
    for (const auth of [
      client.ClientSecretPost(confidential.secret),
      client.ClientSecretBasic(confidential.secret),
    ]) {
      const config = await client.discovery(
        new URL(issuer),
        postingClientId,
        confidential.secret,
        auth,
        {
          execute: [client.allowInsecureRequests],
        },
      );
      const { callback, verifier, state, nonce } = await authorize(h, config);
      const tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
      });
      expect(tokens.claims()?.sub).toBe(guestId);
    }
  });

  it("answers with response_mode=form_post as an auto-submitting form to the redirect URI", async () => {
    const config = await discover(h, confidential.clientId, confidential.secret);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid",
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
      code_challenge_method: "S256",
      response_mode: "form_post",
      state: "form-post-state",
    });
    const jar = new Map<string, string>();
    let next = url.href;
    let body = "";
    for (let hop = 0; hop < 10 && !body; hop++) {
      const response = await fetch(next, {
        redirect: "manual",
        headers: { cookie: cookieHeader(jar) },
      });
      storeCookies(jar, response);
      const location = response.headers.get("location");
      if (location) next = new URL(location, next).href;
      else body = await response.text();
    }
    expect(body).toContain(`action="${redirectUri}"`);
    expect(body).toMatch(/name="code" value="[^"]+"/);
    expect(body).toContain('name="state" value="form-post-state"');
    expect(body).toContain(`name="iss" value="${issuer}"`);
  });

  it("rejects a replayed code", async () => {
    const config = await discover(h, confidential.clientId, confidential.secret);
    const { callback, verifier, state, nonce } = await authorize(h, config);
    await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    await expect(
      client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
      }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("rejects a wrong client secret", async () => {
    const config = await discover(h, confidential.clientId, "not the secret");
    const { callback, verifier, state, nonce } = await authorize(h, config);
    const failure = await client
      .authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
      })
      .catch((error: unknown) => error as { status?: number; cause?: { error?: string }[] });
    expect(failure).toMatchObject({ status: 401 });
    expect(JSON.stringify(failure)).toContain("invalid_client");
  });

  it("refuses an unregistered redirect URI without redirecting to it", async () => {
    const config = await discover(h, confidential.clientId, confidential.secret);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: "https://attacker.example/cb",
      scope: "openid",
      code_challenge: "x".repeat(43),
      code_challenge_method: "S256",
    });
    const response = await fetch(url, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    const body = await response.text();
    expect(body).toContain("redirect_uri did not match");
    expect(body).not.toMatch(/at .*\.js:\d+/);
  });

  it("requires PKCE from a public client", async () => {
    const config = await discover(h, publicClientId);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid",
    });
    const callback = await browse(h, url.href, new Map());
    expect(callback.searchParams.get("error")).toBe("invalid_request");
    expect(callback.searchParams.get("error_description")).toMatch(/PKCE/i);
  });

  it("lets a public client sign in with PKCE and no secret", async () => {
    const config = await discover(h, publicClientId);
    const { callback, verifier, state, nonce } = await authorize(h, config);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
    });
    expect(tokens.claims()?.sub).toBe(guestId);
  });

  it("publishes a rotated key before it signs, then signs with it and keeps the old one published", async () => {
    const policy = { rotationDays: 90, activationSeconds: 60 };
    const kidsOf = async () =>
      ((await (await fetch(`${issuer}/jwks`)).json()) as { keys: { kid: string }[] }).keys.map(
        (key) => key.kid,
      );
    const signedWith = async () => {
      const openid = await discover(h, confidential.clientId, confidential.secret);
      return decodeProtectedHeader((await signIn(h, openid)).id_token!).kid;
    };
    const [current] = await kidsOf();
    const { kid, signingKid } = await rotateSigningKey(prisma, tenantId, encryptionKey, policy);
    expect(signingKid).toBe(current);
    // A freshly started instance, so the test need not wait for the re-check.
    h.remount();
    expect(await kidsOf()).toEqual([current, kid]);
    expect(await signedWith()).toBe(current);

    // The activation delay has passed: the next check promotes the new key.
    await maintainSigningKeys(
      prisma,
      tenantId,
      encryptionKey,
      policy,
      new Date(Date.now() + 61_000),
    );
    h.remount();
    expect(await kidsOf()).toEqual([kid, current]);
    expect(await signedWith()).toBe(kid);
  });
});
