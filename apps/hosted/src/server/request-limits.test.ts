import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confidential,
  cookieHeader,
  postingClientId,
  redirectUri,
  startProtocolHarness,
  storeCookies,
  type CookieJar,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";

let h: ProtocolHarness;

beforeAll(async () => {
  h = await startProtocolHarness("limits");
  h.remount({ GUESTLIST_TOKEN_REQUESTS_PER_MINUTE: 3, GUESTLIST_FORM_POSTS_PER_MINUTE: 2 });
});

afterAll(() => h?.close());

async function tokenRequest(clientId: string, how: "basic" | "body") {
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code: "nonsense",
    redirect_uri: redirectUri,
  });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (how === "basic")
    headers.authorization = `Basic ${Buffer.from(`${clientId}:${confidential.secret}`).toString("base64")}`;
  else {
    body.set("client_id", clientId);
    body.set("client_secret", confidential.secret);
  }
  return fetch(`${h.issuer}/token`, { method: "POST", headers, body });
}

describe("request limits", () => {
  it.each([
    [confidential.clientId, "basic"],
    [postingClientId, "body"],
  ] as const)(
    "answers %s's token requests over the limit with 429 and Retry-After (%s)",
    async (clientId, how) => {
      for (let i = 0; i < 3; i++) {
        const response = await tokenRequest(clientId, how);
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ error: "invalid_grant" });
      }
      const limited = await tokenRequest(clientId, how);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({
        error: "too_many_requests",
        error_description: "Too many token requests for this client.",
      });
    },
  );

  it("answers a flood of form submissions from one IP with a 429 page and Retry-After", async () => {
    const jar: CookieJar = new Map();
    const start = await fetch(
      `${h.issuer}/auth?client_id=${confidential.clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&response_type=code&scope=openid`,
      { redirect: "manual" },
    );
    storeCookies(jar, start);
    const interaction = new URL(start.headers.get("location")!, h.baseUrl).href;
    // The page opens the journey its forms post to.
    await fetch(interaction, { redirect: "manual", headers: { cookie: cookieHeader(jar) } });
    const post = () =>
      fetch(interaction, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: cookieHeader(jar), origin: h.baseUrl, "content-type": "text/plain" },
        body: "x",
      });
    expect((await post()).status).toBe(303);
    expect((await post()).status).toBe(303);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited.headers.get("content-type")).toMatch(/^text\/html/);
    const body = await limited.text();
    expect(body).toContain("<h1>Too many requests</h1>");
    expect(body).toMatch(/Try again in \d+ seconds\./);
  });
});
