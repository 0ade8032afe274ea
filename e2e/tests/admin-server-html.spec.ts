import { expect, test } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { E2E_STACK } from "../support/stack";

/**
 * The HTML the admin's server sends, before any script runs: an operator on a
 * slow link, or reloading right after saving, must see the saved state.
 */
test("admin forms carry their saved values in the server's HTML", async ({ page }) => {
  await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  const html = async (path: string) =>
    (await page.request.get(`${E2E_STACK.adminUrl}/t/woodgrove${path}`)).text();

  // The seeded tenant: self-service sign-up on, any domain.
  const settings = await html("/settings");
  expect(settings).toMatch(/<input[^>]*id="selfServiceSignUpEnabled"[^>]*checked=""/);
  expect(settings).toMatch(/<input[^>]*id="policy-ANY"[^>]*checked=""/);
  expect(settings).not.toMatch(/<input[^>]*id="policy-ALLOW_LIST"[^>]*checked=""/);

  await page.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await page.getByRole("link", { name: "Woodgrove supplier sign-up" }).click();
  await page.waitForURL(/\/user-flows\/[0-9a-f-]{36}$/);
  const flow = await html(new URL(page.url()).pathname.replace("/t/woodgrove", ""));
  expect(flow).toMatch(/value="Woodgrove supplier sign-up"/);
  expect(flow).toMatch(/<input[^>]*id="flow-enabled"[^>]*checked=""/);
  // Claims the flow returns are ticked, in the server's HTML too.
  expect(flow).toMatch(/<input[^>]*id="returnClaims-BusinessName"[^>]*checked=""/);
  // The page layout's labels.
  expect(flow).toMatch(/value="Business name"/);
});
