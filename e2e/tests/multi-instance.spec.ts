import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { authorizationRequest } from "../support/authorization-url";
import { answerQuestions, enterEmailAndCode } from "../support/demo-journey";
import { POOL, instanceUrl, startInstancePool, type InstancePool } from "../support/instance-pool";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const ROOT = path.resolve(import.meta.dirname, "../..");
const KEEP_URI = "http://localhost:9/pool/callback";
const DROP_URI = "http://localhost:9/pool/old-callback";
const issuer = `${POOL.hostedUrl}/woodgrove`;

let pool: InstancePool;
const app = { clientId: "", clientSecret: "" };

test.describe.configure({ mode: "serial" });
test.describe("several instances behind a load balancer", () => {
  test.beforeAll(async () => {
    test.setTimeout(150_000);
    pool = await startInstancePool();
    process.stdout.write(
      `instances on Node.js: hosted ${pool.nodeVersions.slice(0, 2).join(", ")}; admin ${pool.nodeVersions.slice(2).join(", ")}\n`,
    );
  });
  test.afterAll(async () => {
    await pool?.stop();
  });

  /** What a hosted instance answers to an authorization request with this redirect URI. */
  async function authorizeStatus(port: number, redirectUri: string): Promise<number> {
    const url = new URL(`${instanceUrl(port)}/woodgrove/auth`);
    url.search = new URLSearchParams({
      client_id: app.clientId,
      response_type: "code",
      scope: "openid",
      redirect_uri: redirectUri,
      code_challenge: createHash("sha256").update("v".repeat(43)).digest("base64url"),
      code_challenge_method: "S256",
    }).toString();
    return (await fetch(url, { redirect: "manual" })).status;
  }

  async function jwksAt(port: number): Promise<JSONWebKeySet> {
    return (await (await fetch(`${instanceUrl(port)}/woodgrove/jwks`)).json()) as JSONWebKeySet;
  }

  /** An ID token must verify against each instance's published keys, not only the issuer's. */
  async function verifyAtEveryInstance(idToken: string): Promise<void> {
    for (const port of POOL.hostedPorts)
      await jwtVerify(idToken, createLocalJWKSet(await jwksAt(port)), {
        issuer,
        audience: app.clientId,
      });
  }

  async function tokenRequest(body: Record<string, string>) {
    const response = await fetch(`${issuer}/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(app.clientId)}:${encodeURIComponent(app.clientSecret)}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { id_token: string; refresh_token?: string };
  }

  /** Plays an authorization through the load balancer in the browser; returns the code exchange's tokens. */
  async function authorizeInBrowser(
    page: Page,
    params: Record<string, string>,
    journey: () => Promise<void>,
  ) {
    const { url, verifier } = authorizationRequest(
      { issuer, clientId: app.clientId, redirectUri: KEEP_URI },
      params,
    );
    const arrival = page.waitForRequest((request) => request.url().startsWith(KEEP_URI));
    const refused = page.waitForEvent("requestfailed", (request) =>
      request.url().startsWith(KEEP_URI),
    );
    await page.goto(url.href);
    await journey();
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    const code = new URL((await arrival).url()).searchParams.get("code")!;
    // The browser refuses port 9 (an unsafe port) and shows its error page: wait for that
    // navigation to land, or it interrupts the next one.
    await refused;
    await page.waitForLoadState();
    return tokenRequest({
      grant_type: "authorization_code",
      code,
      redirect_uri: KEEP_URI,
      code_verifier: verifier,
    });
  }

  test("an operator's change through one admin instance applies at both hosted instances within a second", async ({
    page,
  }) => {
    await page.goto(`${POOL.adminUrl}/sign-in`);
    await page.getByLabel("Email").fill(E2E_STACK.adminEmail);
    await page.getByLabel("Password").fill(E2E_STACK.adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your tenants" })).toBeVisible();
    await page.goto(`${POOL.adminUrl}/t/woodgrove/applications`);
    await page
      .getByLabel("Name", { exact: true })
      .fill(`Pool app ${randomBytes(3).toString("hex")}`);
    await page.getByLabel("Redirect URIs", { exact: true }).fill(`${KEEP_URI}\n${DROP_URI}`);
    await page.getByLabel("User flow").selectOption({ label: "Woodgrove supplier sign-up" });
    await page.getByRole("button", { name: "Register application" }).click();
    app.clientSecret = (await page.getByTestId("client-secret").textContent())!;
    app.clientId = (await page
      .getByText(/^Client ID:/)
      .locator("code")
      .textContent())!;

    // Both instances know the application, and keep it in their caches from here on.
    for (const port of POOL.hostedPorts) expect(await authorizeStatus(port, DROP_URI)).toBe(303);

    await page.getByRole("link", { name: "Open the application" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Pool app/ })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const redirectUris = page.getByLabel("Redirect URIs", { exact: true });
    await redirectUris.fill(KEEP_URI);
    await expect(redirectUris).toHaveValue(KEEP_URI);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await expect(redirectUris).toHaveValue(KEEP_URI);
    const savedAt = Date.now();
    for (;;) {
      const statuses = await Promise.all(
        POOL.hostedPorts.map((port) => authorizeStatus(port, DROP_URI)),
      );
      if (statuses.every((status) => status === 400)) break;
      expect(Date.now() - savedAt, `still accepted: ${statuses.join(", ")}`).toBeLessThan(1000);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    for (const port of POOL.hostedPorts) expect(await authorizeStatus(port, KEEP_URI)).toBe(303);
    // Sign-in, pages and the change were served by both admin instances.
    expect(pool.admin.served.every((count) => count > 0)).toBe(true);
  });

  test("a person signs up across both instances, and every token verifies at each instance throughout a key rotation", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    expect(app.clientId, "the previous test registers the application").not.toBe("");
    const email = freshAddress("pool");
    const before = [...pool.hosted.served];
    const signUp = await authorizeInBrowser(
      page,
      { scope: "openid profile email", prompt: "create" },
      async () => {
        await enterEmailAndCode(page, email, "Send code");
        await answerQuestions(page, { name: "Pia Pool", business: "Pool Oy", code: "4512" });
      },
    );
    // Every page and form of the journey went through the balancer, to both instances.
    expect(pool.hosted.served.map((count, i) => count - before[i]!).every((n) => n > 2)).toBe(true);
    await verifyAtEveryInstance(signUp.id_token);

    // Signed in already: a second authorization asks only for consent to stay signed in.
    const offline = await authorizeInBrowser(
      page,
      { scope: "openid email offline_access", prompt: "consent" },
      async () => {},
    );
    let refreshToken = offline.refresh_token!;
    expect(refreshToken).toBeTruthy();

    const rotate = spawnSync("pnpm", ["-s", "guestlist", "keys", "rotate", "woodgrove"], {
      cwd: ROOT,
      env: pool.env,
      encoding: "utf8",
    });
    expect(rotate.status, rotate.stderr).toBe(0);
    const newKid = /publishes key (\S+);/.exec(rotate.stdout)?.[1];
    expect(newKid).toBeTruthy();

    const kids: string[] = [];
    const until = Date.now() + (POOL.activationSeconds + 6) * 1000;
    while (Date.now() < until) {
      const tokens = await tokenRequest({
        grant_type: "refresh_token",
        refresh_token: refreshToken,
      });
      refreshToken = tokens.refresh_token ?? refreshToken;
      kids.push(decodeProtectedHeader(tokens.id_token).kid!);
      await verifyAtEveryInstance(tokens.id_token);
      // An app refreshing often, within the token endpoint's per-client limit.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(kids[0]).not.toBe(newKid);
    expect(kids.at(-1)).toBe(newKid);
    expect(new Set(kids).size).toBe(2);
  });
});
