import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confidential,
  cookieHeader,
  redirectUri,
  startProtocolHarness,
  storeCookies,
  type CookieJar,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";

let h: ProtocolHarness;

beforeAll(async () => {
  h = await startProtocolHarness("websec");
});

afterAll(() => h?.close());

function authorizationUrl(extra: Record<string, string> = {}): string {
  const url = new URL(`${h.issuer}/auth`);
  for (const [key, value] of Object.entries({
    client_id: confidential.clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid",
    ...extra,
  }))
    url.searchParams.set(key, value);
  return url.href;
}

function nonceOfPolicy(policy: string | null): string | undefined {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

/** Starts an authorization and stops at the interaction page's URL, with the browser's cookies. */
async function openInteraction(headers: Record<string, string> = {}) {
  const jar: CookieJar = new Map();
  const start = await fetch(authorizationUrl(), { redirect: "manual", headers });
  storeCookies(jar, start);
  const location = new URL(start.headers.get("location")!, h.baseUrl);
  return { jar, interaction: `${h.baseUrl}${location.pathname}`, response: start };
}

describe("hosted pages' security headers", () => {
  it("sends a strict CSP and the anti-framing, sniffing and referrer headers on every response", async () => {
    for (const url of [
      `${h.issuer}/.well-known/openid-configuration`,
      authorizationUrl({ redirect_uri: "https://attacker.example/cb" }),
      `${h.issuer}/no-such-endpoint`,
    ]) {
      const response = await fetch(url, { redirect: "manual" });
      const policy = response.headers.get("content-security-policy");
      expect(policy, url).toContain("frame-ancestors 'none'");
      expect(policy, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
      expect(policy, url).not.toContain("unsafe-inline");
      expect(response.headers.get("x-frame-options"), url).toBe("DENY");
      expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), url).toBe("same-origin");
      // The server speaks http here; HSTS is only for an https HOSTED_URL.
      expect(response.headers.get("strict-transport-security"), url).toBeNull();
    }
  });

  it("uses a new nonce per response and stamps it on the error page's styles", async () => {
    const url = authorizationUrl({ redirect_uri: "https://attacker.example/cb" });
    const [first, second] = await Promise.all([fetch(url), fetch(url)]);
    const nonce = nonceOfPolicy(first.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(nonceOfPolicy(second.headers.get("content-security-policy"))).not.toBe(nonce);
    expect(await first.text()).toContain(`<style nonce="${nonce}">`);
  });

  it("ignores a nonce or policy the client sends", async () => {
    const response = await fetch(
      authorizationUrl({ redirect_uri: "https://attacker.example/cb" }),
      {
        headers: {
          "x-guestlist-nonce": "chosen-by-attacker",
          "content-security-policy": "script-src 'nonce-chosen-by-attacker'",
        },
      },
    );
    expect(response.headers.get("content-security-policy")).not.toContain("chosen-by-attacker");
    expect(await response.text()).not.toContain("chosen-by-attacker");
  });

  it("lets only oidc-provider's own form_post script run, by its hash", async () => {
    const { jar, interaction } = await openInteraction();
    let next = interaction;
    let response: Response;
    for (;;) {
      response = await fetch(next, { redirect: "manual", headers: { cookie: cookieHeader(jar) } });
      storeCookies(jar, response);
      const location = response.headers.get("location");
      if (!location) break;
      next = new URL(location, next).href;
      if (next.startsWith(redirectUri)) {
        // Start over with form_post now that a session exists.
        const verifier = client.randomPKCECodeVerifier();
        next = authorizationUrl({
          response_mode: "form_post",
          code_challenge: await client.calculatePKCECodeChallenge(verifier),
          code_challenge_method: "S256",
        });
      }
    }
    const policy = response.headers.get("content-security-policy")!;
    expect(await response.text()).toContain("document.forms[0].submit()");
    expect(policy).toMatch(/script-src [^;]*'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain("unsafe-inline");
  });
});

describe("cross-site request forgery", () => {
  it("refuses a form posted to a journey page from another site, and accepts our own", async () => {
    const { jar, interaction } = await openInteraction();
    // The page opens the journey its forms post to.
    await fetch(interaction, { redirect: "manual", headers: { cookie: cookieHeader(jar) } });
    for (const headers of [
      { origin: "https://attacker.example" } as Record<string, string>,
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ]) {
      const forged = await fetch(interaction, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: cookieHeader(jar), "content-type": "text/plain", ...headers },
        body: "x",
      });
      expect(forged.status, JSON.stringify(headers)).toBe(403);
      expect(await forged.text()).toContain("sent from another website");
    }
    const ours = await fetch(interaction, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: cookieHeader(jar), origin: h.baseUrl, "content-type": "text/plain" },
      body: "x",
    });
    expect(ours.status).toBe(303);
  });
});

describe("the provider's cookies", () => {
  it("are per tenant, HttpOnly and SameSite=Lax, and the session id changes at sign-in", async () => {
    const { response, jar, interaction } = await openInteraction();
    const interactionCookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith("websec.interaction="));
    expect(interactionCookie).toMatch(/httponly/i);
    expect(interactionCookie).toMatch(/samesite=lax/i);
    expect(interactionCookie).toMatch(/path=\/websec\/interaction\//i);
    let next = interaction;
    for (let hop = 0; hop < 10 && !next.startsWith(redirectUri); hop++) {
      const answer = await fetch(next, {
        redirect: "manual",
        headers: { cookie: cookieHeader(jar) },
      });
      storeCookies(jar, answer);
      const session = answer.headers.getSetCookie().find((c) => c.startsWith("websec.session="));
      if (session) {
        expect(session).toMatch(/httponly/i);
        expect(session).toMatch(/samesite=lax/i);
        expect(session).toMatch(/path=\/(;|$)/i);
      }
      next = new URL(answer.headers.get("location")!, next).href;
    }
    expect(jar.has("websec.session")).toBe(true);
  });

  it("are __Host-/__Secure- prefixed and Secure behind a TLS proxy", async () => {
    h.remount({ HOSTED_URL: "https://id.example.test", TRUST_PROXY: true });
    try {
      const proxied = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" };
      const { response, jar, interaction } = await openInteraction(proxied);
      const interactionCookie = response.headers
        .getSetCookie()
        .find((c) => c.startsWith("__Secure-websec.interaction="));
      expect(interactionCookie).toMatch(/;\s*secure/i);
      let next = interaction;
      let session: string | undefined;
      for (let hop = 0; hop < 10 && !session; hop++) {
        const answer = await fetch(next, {
          redirect: "manual",
          headers: { cookie: cookieHeader(jar), ...proxied },
        });
        storeCookies(jar, answer);
        session = answer.headers.getSetCookie().find((c) => c.startsWith("__Host-websec.session="));
        const location = new URL(answer.headers.get("location")!, next);
        next = `${h.baseUrl}${location.pathname}${location.search}`;
      }
      expect(session).toMatch(/;\s*secure/i);
      expect(session).toMatch(/path=\/(;|$)/i);
      expect(session).not.toMatch(/domain=/i);
      expect(
        (
          await fetch(`${h.issuer}/.well-known/openid-configuration`, { headers: proxied })
        ).headers.get("strict-transport-security"),
      ).toMatch(/max-age=\d+/);
    } finally {
      h.remount();
    }
  });
});
