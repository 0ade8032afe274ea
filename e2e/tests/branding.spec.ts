import { expect, test } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { authorizationUrl } from "../support/authorization-url";
import { E2E_STACK } from "../support/stack";

test("an admin brands the sign-in pages; a colour white text cannot be read on is refused", async ({
  page,
  browser,
}) => {
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/settings`);
  const branding = admin.getByRole("region", { name: "Branding" });
  await branding.getByLabel("Brand colour").fill("#fde68a");
  await branding.getByRole("button", { name: "Save branding" }).click();
  await expect(branding.getByText(/White text on this colour is hard to read/)).toBeVisible();

  try {
    await branding.getByLabel("Name on the sign-in pages").fill("Woodgrove Suppliers");
    await branding.getByLabel("Brand colour").fill("#0f766e");
    await branding.getByRole("button", { name: "Save branding" }).click();
    await expect(branding.getByText("Branding saved.")).toBeVisible();

    await page.goto(authorizationUrl().href);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.getByText("Woodgrove Suppliers", { exact: true })).toBeVisible();
    // rgb(15, 118, 110) is #0f766e: the primary button takes the brand colour.
    await expect(page.getByRole("button", { name: "Next" })).toHaveCSS(
      "background-color",
      "rgb(15, 118, 110)",
    );
  } finally {
    await branding.getByLabel("Name on the sign-in pages").fill("");
    await branding.getByLabel("Brand colour").fill("");
    await branding.getByRole("button", { name: "Save branding" }).click();
    await expect(branding.getByText("Branding saved.")).toBeVisible();
  }
});
