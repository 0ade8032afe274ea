import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_STACK } from "../support/stack";

/** The metrics token `guestlist start` generated for the stack. */
function metricsToken(): string {
  const file = path.join(process.env.GUESTLIST_E2E_DATA_DIR!, "secrets.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>)
    .GUESTLIST_METRICS_TOKEN!;
}

test.describe("smoke: the three apps are up on one database", () => {
  test("the admin portal opens on its sign-in page", async ({ page }) => {
    await page.goto(E2E_STACK.adminUrl);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Sign in to the admin portal" }),
    ).toBeVisible();
  });

  test("the hosted pages open", async ({ page }) => {
    await page.goto(E2E_STACK.hostedUrl);
    await expect(
      page.getByRole("heading", { level: 1, name: "Sign-in and sign-up pages" }),
    ).toBeVisible();
  });

  test("the demo app opens with keyboard-reachable navigation", async ({ page }) => {
    await page.goto(E2E_STACK.demoUrl);
    await expect(
      page.getByRole("heading", { level: 1, name: "Supply Woodgrove Groceries" }),
    ).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: /Woodgrove supplier portal/ })).toBeFocused();
  });

  for (const [app, url] of [
    ["admin", E2E_STACK.adminUrl],
    ["hosted", E2E_STACK.hostedUrl],
    ["demo", E2E_STACK.demoUrl],
  ] as const) {
    test(`${app} reports a healthy, migrated database`, async ({ request }) => {
      const response = await request.get(`${url}/api/health`);
      expect(response.status()).toBe(200);
      expect(await response.json()).toMatchObject({
        status: "ok",
        app,
        database: { status: "ok" },
      });
    });
  }

  for (const [app, url] of [
    ["admin", E2E_STACK.adminUrl],
    ["hosted", E2E_STACK.hostedUrl],
  ] as const) {
    test(`${app} is live and ready, and serves /metrics to the token's holder only`, async ({
      request,
    }) => {
      expect((await request.get(`${url}/api/health/live`)).status()).toBe(200);
      expect((await request.get(`${url}/api/health/ready`)).status()).toBe(200);
      expect((await request.get(`${url}/metrics`)).status()).toBe(401);
      const metrics = await request.get(`${url}/metrics`, {
        headers: { authorization: `Bearer ${metricsToken()}` },
      });
      expect(metrics.status()).toBe(200);
      expect(await metrics.text()).toContain(`guestlist_email_queue_depth{app="${app}"}`);
    });
  }
});
