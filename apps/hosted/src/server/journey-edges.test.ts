import * as client from "openid-client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browse,
  confidential,
  cookieHeader,
  discover,
  redirectUri,
  startProtocolHarness,
  storeCookies,
  type CookieJar,
  type ProtocolHarness,
} from "../../testing/protocol-test-harness";
import { MAX_FORM_BODY } from "./request-limits";

let h: ProtocolHarness;
let config: client.Configuration;

beforeAll(async () => {
  h = await startProtocolHarness("edges");
  config = await discover(h, confidential.clientId, confidential.secret);
});
afterAll(() => h?.close());

async function authorizationUrl(extra: Record<string, string> = {}) {
  const verifier = client.randomPKCECodeVerifier();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid profile email",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: client.randomState(),
    ...extra,
  });
  return { url, verifier };
}

/** Follows redirects with cookies up to the first journey page, without opening it. */
async function reachJourneyPage(start: URL, jar: CookieJar): Promise<URL> {
  let url = start;
  for (let hop = 0; hop < 10; hop++) {
    if (url.pathname.includes("/interaction/")) return url;
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: cookieHeader(jar) },
    });
    storeCookies(jar, response);
    url = new URL(response.headers.get("location")!, url);
  }
  throw new Error("no journey page");
}

describe("handing a finished journey to the provider", () => {
  it("sends every one of ten parallel finishing requests on to the application, with one consent Grant", async () => {
    const jar: CookieJar = new Map();
    const { url } = await authorizationUrl({ prompt: "consent" });
    // The stand-in journey page signs in; the consent journey is the one finished in parallel.
    let page = await reachJourneyPage(url, jar);
    const signedIn = await fetch(page, {
      redirect: "manual",
      headers: { cookie: cookieHeader(jar) },
    });
    const complete = new URL(signedIn.headers.get("location")!, page);
    const resumed = await fetch(complete, {
      redirect: "manual",
      headers: { cookie: cookieHeader(jar) },
    });
    storeCookies(jar, resumed);
    page = await reachJourneyPage(new URL(resumed.headers.get("location")!, complete), jar);
    const uid = page.pathname.split("/").pop()!;
    // The stand-in consents on this page view; the finishing requests are then sent in parallel.
    await fetch(page, { redirect: "manual", headers: { cookie: cookieHeader(jar) } });
    expect(
      await h.prisma.journey.findUniqueOrThrow({ where: { interactionId: uid } }),
    ).toMatchObject({
      state: "COMPLETED",
      data: expect.objectContaining({ outcome: { consent: {} } }),
    });

    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        fetch(`${page.href}/complete`, {
          redirect: "manual",
          headers: { cookie: cookieHeader(jar) },
        }),
      ),
    );
    const targets = new Set(answers.map((answer) => answer.headers.get("location")));
    expect(answers.every((answer) => answer.status === 303)).toBe(true);
    // Every request resumes the authorization; none is sent back to an "All done" page.
    expect([...targets].every((target) => target?.includes(`/auth/${uid}`))).toBe(true);
    for (const answer of answers) storeCookies(jar, answer);

    const callback = await browse(h, new URL([...targets][0]!, page).href, jar);
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get("code")).toBeTruthy();
    const grants = await h.prisma.oidcGrant.count({
      where: { tenantId: h.tenantId, guestUserId: h.guestId, clientId: confidential.clientId },
    });
    expect(grants).toBe(1);
  });
});

/** The test's database refuses connections (and drops the open ones) while `during` runs. */
async function outage(during: () => Promise<void>) {
  const url = new URL(process.env.DATABASE_URL!);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.href });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    await during();
  } finally {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
    await admin.end();
  }
}

describe("a database outage", () => {
  it("is a 503 that says progress is kept, not an expired page, and the journey continues afterwards", async () => {
    const jar: CookieJar = new Map();
    const { url } = await authorizationUrl();
    const page = await reachJourneyPage(url, jar);
    await outage(async () => {
      for (const target of [page.href, url.href]) {
        const answer = await fetch(target, {
          redirect: "manual",
          headers: { cookie: cookieHeader(jar), accept: "text/html" },
        });
        expect(answer.status).toBe(503);
        expect(answer.headers.get("retry-after")).toBe("30");
        const text = await answer.text();
        expect(text).toContain("Your progress is kept");
        expect(text).not.toContain("expired");
        expect(text).not.toContain("oops");
      }
    });
    const callback = await browse(h, page.href, jar);
    expect(callback.searchParams.get("code")).toBeTruthy();
  });
});

describe("form posts", () => {
  it("over the size limit are a 413 page before the journey sees them", async () => {
    const jar: CookieJar = new Map();
    const { url } = await authorizationUrl();
    const page = await reachJourneyPage(url, jar);
    const answer = await fetch(page, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: cookieHeader(jar),
        origin: h.baseUrl,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: `displayName=${"a".repeat(MAX_FORM_BODY + 1)}`,
    });
    expect(answer.status).toBe(413);
    expect(await answer.text()).toContain("too large");
    // The journey pages (the stand-in here) never saw the request.
    expect(h.interactions).not.toContain(page.pathname.split("/").pop());
  });
});
