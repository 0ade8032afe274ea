import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confidential,
  publicClientId,
  redirectUri,
  startProtocolHarness,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";

/*
 * Whatever parameters reach the authorization and token endpoints, the answer
 * is a well-formed OAuth error or a step of the flow: never a 500, never a
 * stack trace, never a redirect to an address the client did not register.
 */

let h: ProtocolHarness;

beforeAll(async () => {
  h = await startProtocolHarness("fuzz");
});

afterAll(() => h?.close());

const OAUTH_ERRORS = new Set([
  "invalid_request",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "unsupported_response_type",
  "unsupported_response_mode",
  "invalid_scope",
  "invalid_target",
  "access_denied",
  "login_required",
  "consent_required",
  "interaction_required",
  "invalid_request_object",
  "invalid_request_uri",
  "request_not_supported",
  "request_uri_not_supported",
  "registration_not_supported",
  "temporarily_unavailable",
  "server_error",
]);

const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "%00",
    "\u0000",
    "null",
    "[]",
    "{}",
    "a".repeat(5000),
    "../../etc/passwd",
  ),
);

const authorizeParams = fc.record(
  {
    client_id: fc.oneof(fc.constantFrom(confidential.clientId, publicClientId), noise),
    redirect_uri: fc.oneof(
      fc.constant(redirectUri),
      fc.constantFrom("https://attacker.example/cb", `${redirectUri}/x`, "javascript:alert(1)"),
      noise,
    ),
    response_type: fc.oneof(
      fc.constantFrom("code", "token", "id_token", "code id_token", "none"),
      noise,
    ),
    scope: fc.oneof(
      fc.constantFrom("openid", "openid profile email offline_access", "email"),
      noise,
    ),
    state: noise,
    nonce: noise,
    prompt: fc.oneof(
      fc.constantFrom("none", "login", "consent", "create", "select_account", "none login"),
      noise,
    ),
    max_age: fc.oneof(fc.constantFrom("0", "-1", "1e9", "abc"), noise),
    response_mode: fc.oneof(fc.constantFrom("query", "fragment", "form_post", "jwt"), noise),
    code_challenge: noise,
    code_challenge_method: fc.oneof(fc.constantFrom("S256", "plain"), noise),
    id_token_hint: noise,
    login_hint: noise,
    ui_locales: noise,
    claims: fc.oneof(fc.constantFrom('{"id_token":{"email":null}}', "{", "[]"), noise),
    request: noise,
    request_uri: noise,
    registration: noise,
  },
  { requiredKeys: [] },
);

function assertNoInternals(body: string) {
  expect(body).not.toMatch(/\bat [\w.<>]+ \(.*:\d+:\d+\)/);
  expect(body).not.toMatch(/node_modules|TypeError|ReferenceError|PrismaClient/);
}

describe("the authorization endpoint, under any parameters", () => {
  it("answers with an error page, an error redirect to the registered URI, or the sign-in", async () => {
    await fc.assert(
      fc.asyncProperty(authorizeParams, async (params) => {
        const url = new URL(`${h.issuer}/auth`);
        url.search = new URLSearchParams(params).toString();
        const response = await fetch(url, { redirect: "manual" });
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        assertNoInternals(text);
        const location = response.headers.get("location");
        if (location) {
          const target = new URL(location, h.baseUrl);
          if (target.origin === h.baseUrl) {
            expect(target.pathname).toMatch(/^\/fuzz\/interaction\/[\w-]+$/);
          } else {
            expect(
              target.href.startsWith(`${redirectUri}?`) ||
                target.href.startsWith(`${redirectUri}#`),
            ).toBe(true);
            const answer = new URLSearchParams(target.search || target.hash.slice(1));
            expect(OAUTH_ERRORS.has(answer.get("error") ?? "")).toBe(true);
          }
        } else if (response.status === 200) {
          // form_post: the answer goes only to the registered redirect URI.
          expect(text).toContain(`action="${redirectUri}"`);
        } else if (response.status === 431) {
          // Node's own limit on a request line and headers (16 KB).
          expect(url.href.length).toBeGreaterThan(8 * 1024);
        } else {
          expect(response.status).toBe(400);
          expect(response.headers.get("content-type")).toMatch(/^text\/html/);
        }
      }),
      { numRuns: 150 },
    );
  });
});

const tokenBody = fc.record(
  {
    grant_type: fc.oneof(
      fc.constantFrom(
        "authorization_code",
        "refresh_token",
        "password",
        "client_credentials",
        "implicit",
      ),
      noise,
    ),
    code: noise,
    redirect_uri: fc.oneof(fc.constant(redirectUri), noise),
    code_verifier: noise,
    refresh_token: noise,
    client_id: fc.oneof(fc.constantFrom(confidential.clientId, publicClientId), noise),
    client_secret: fc.oneof(fc.constant(confidential.secret), noise),
    client_assertion: noise,
    client_assertion_type: noise,
    scope: noise,
    username: noise,
    password: noise,
  },
  { requiredKeys: [] },
);

const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constant(
    `Basic ${Buffer.from(`${confidential.clientId}:${confidential.secret}`).toString("base64")}`,
  ),
  fc.constant(`Basic ${Buffer.from(`${confidential.clientId}:wrong`).toString("base64")}`),
  noise.map((n) => `Basic ${Buffer.from(n).toString("base64")}`),
  noise.filter((n) => /^[\x20-\x7e]*$/.test(n)).map((n) => `Bearer ${n}`),
  fc.constant("Basic %%%"),
);

describe("the token endpoint, under any request", () => {
  // Each run with a real client id costs an argon2 verification of the secret, hence fewer runs.
  it("answers with a JSON OAuth error that is never cached", { timeout: 90_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        tokenBody,
        authorization,
        fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain"),
        async (params, auth, contentType) => {
          const body =
            contentType === "application/json"
              ? JSON.stringify(params)
              : new URLSearchParams(params).toString();
          const headers: Record<string, string> = { "content-type": contentType };
          if (auth) headers.authorization = auth;
          const response = await fetch(`${h.issuer}/token`, { method: "POST", headers, body });
          const text = await response.text();
          expect([400, 401, 413], text).toContain(response.status);
          assertNoInternals(text);
          expect(response.headers.get("content-type")).toMatch(/^application\/json/);
          expect(response.headers.get("cache-control")).toContain("no-store");
          expect(OAUTH_ERRORS.has(JSON.parse(text).error)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});
