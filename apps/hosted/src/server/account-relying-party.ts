import http from "node:http";
import * as client from "openid-client";
import {
  ACCOUNT_CLIENT_ID,
  ACCOUNT_SCOPES,
  accountCallbackUrl,
  accountSignedOutUrl,
} from "@guestlist/domain/my-account";

/**
 * The account page signs people in as a relying party of its tenant's own
 * provider (openid-client, authorization code with PKCE), so it gets the same
 * sign-in as every application: the flow's methods, its limits, the person's
 * provider session. It calls this very server, on loopback: the provider's
 * URLs follow the request's host, so each call names the public host and
 * protocol, as the proxy in front would.
 */
export interface RelyingPartyOptions {
  hostedBaseUrl: string;
  /** Where this process listens, e.g. http://127.0.0.1:3001 (set by server.ts). */
  internalOrigin: string;
  trustProxy: boolean;
}

function loopbackFetch(options: RelyingPartyOptions): client.CustomFetch {
  const publicUrl = new URL(options.hostedBaseUrl);
  const internal = new URL(options.internalOrigin);
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      if (target.origin !== publicUrl.origin)
        return reject(
          new Error(`The account page only calls its own provider, not ${target.origin}`),
        );
      // openid-client sends forms (URLSearchParams) or nothing.
      const body = init.body instanceof URLSearchParams ? init.body.toString() : undefined;
      const forwarded = options.trustProxy
        ? {
            "x-forwarded-host": publicUrl.host,
            "x-forwarded-proto": publicUrl.protocol.slice(0, -1),
          }
        : {};
      const request = http.request(
        {
          host: internal.hostname,
          port: internal.port,
          method: init.method,
          path: `${target.pathname}${target.search}`,
          headers: {
            ...init.headers,
            ...forwarded,
            host: publicUrl.host,
            ...(body === undefined ? {} : { "content-length": Buffer.byteLength(body) }),
          },
          signal: init.signal ?? undefined,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers))
              if (typeof value === "string") headers.set(name, value);
            resolve(
              new Response(Buffer.concat(chunks), { status: response.statusCode ?? 500, headers }),
            );
          });
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
}

async function providerConfiguration(
  options: RelyingPartyOptions,
  tenantSlug: string,
): Promise<client.Configuration> {
  const issuer = new URL(`${options.hostedBaseUrl.replace(/\/+$/, "")}/${tenantSlug}`);
  const fetch = loopbackFetch(options);
  const config = await client.discovery(issuer, ACCOUNT_CLIENT_ID, undefined, client.None(), {
    [client.customFetch]: fetch,
    ...(issuer.protocol === "http:" ? { execute: [client.allowInsecureRequests] } : {}),
  });
  config[client.customFetch] = fetch;
  return config;
}

/** Where to send the browser to sign in, and what the callback must see again. */
export async function accountSignInRequest(options: RelyingPartyOptions, tenantSlug: string) {
  const config = await providerConfiguration(options, tenantSlug);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: accountCallbackUrl(options.hostedBaseUrl, tenantSlug),
    scope: ACCOUNT_SCOPES,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
    // The session id ties the account page to the provider session it came from (see accountSessionStands).
    claims: JSON.stringify({ id_token: { sid: null } }),
  });
  return { url, state, nonce, codeVerifier };
}

/**
 * Redeems the callback's code and checks the ID token (signature, issuer,
 * audience, nonce, PKCE, state): who signed in, and their provider session.
 */
export async function completeAccountSignIn(
  options: RelyingPartyOptions,
  tenantSlug: string,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<{ guestUserId: string; sid: string }> {
  const config = await providerConfiguration(options, tenantSlug);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: expected.codeVerifier,
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims()!;
  if (typeof claims.sid !== "string") throw new Error("The ID token names no provider session.");
  return { guestUserId: claims.sub, sid: claims.sid };
}

/** RP-initiated logout: the provider asks the person to confirm, ends its session, and comes back. */
export async function accountSignOutUrl(
  options: RelyingPartyOptions,
  tenantSlug: string,
): Promise<URL> {
  const config = await providerConfiguration(options, tenantSlug);
  return client.buildEndSessionUrl(config, {
    client_id: ACCOUNT_CLIENT_ID,
    post_logout_redirect_uri: accountSignedOutUrl(options.hostedBaseUrl, tenantSlug),
  });
}
