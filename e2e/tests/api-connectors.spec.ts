import { expect, test, type Page } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";

async function openFlow(page: Page) {
  await page.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await page.getByRole("link", { name: FLOW }).click();
  await expect(page.getByRole("heading", { level: 1, name: FLOW })).toBeVisible();
}

async function signUpUntilAnswers(page: Page, email: string) {
  await page.goto(E2E_STACK.demoUrl);
  await page.getByRole("button", { name: "Request your supplier account" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send code" }).click();
  await page.getByLabel("Verification code").fill(await codeFromEmail(email));
  await page.getByRole("button", { name: "Verify" }).click();
}

async function answer(page: Page, code: string) {
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Your name").fill("Reggie Registry");
  await page.getByLabel("Business name").fill("Reggie's Radishes");
  await page.getByLabel("Business registration code").fill(code);
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("API connectors during sign-up", () => {
  test("a registry check corrects, enriches, blocks, and fails safely", async ({
    page,
    browser,
  }) => {
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/api-connectors`);
    await admin.getByLabel("Display name").fill("Companies registry");
    await admin.getByLabel("Endpoint URL").fill(`${E2E_STACK.fakeConnectorUrl}/check`);
    await admin.getByLabel("Username", { exact: true }).fill("guestlist");
    await admin.getByLabel("Password", { exact: true }).fill("connector-e2e-password");
    await admin.getByRole("button", { name: "Add API connector" }).click();
    await expect(admin.getByText("Companies registry added.")).toBeVisible();
    await openFlow(admin);
    await admin
      .getByLabel("Before creating the user")
      .selectOption({ label: "Companies registry" });
    await admin.getByRole("button", { name: "Save API connectors" }).click();
    await expect(admin.getByText("API connectors saved.")).toBeVisible();

    try {
      // ValidationError: the person stays on the form with the endpoint's message and their answers.
      const email = freshAddress("registry");
      await signUpUntilAnswers(page, email);
      await answer(page, "1");
      await expect(
        page.getByText("That business registration code is not registered."),
      ).toBeVisible();
      await expect(page.getByLabel("Business name")).toHaveValue("Reggie's Radishes");

      // Continue with an enriched attribute, which reaches the ID token.
      await page.getByLabel("Business registration code").fill("7777");
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("button", { name: "Allow", exact: true }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      const businessName = page.getByRole("row").filter({
        has: page.getByRole("rowheader", { name: /^extension_[0-9a-f]{32}_BusinessName$/ }),
      });
      await expect(businessName.getByRole("cell")).toHaveText("Reggie's Radishes (verified)");
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("button", { name: "Sign out", exact: true }).click();

      // ShowBlockPage: the journey ends with the endpoint's message.
      await signUpUntilAnswers(page, `blocked-${Date.now()}@blocked.test`);
      await answer(page, "4512");
      await expect(
        page.getByRole("heading", { level: 1, name: "We cannot continue" }),
      ).toBeVisible();
      await expect(
        page.getByText("Woodgrove does not accept sign-ups from this company."),
      ).toBeVisible();

      // The endpoint fails: a friendly message, the answers kept, nobody created.
      await signUpUntilAnswers(page, freshAddress("registry-down"));
      await answer(page, "500");
      await expect(page.getByText("We could not complete your sign-up just now")).toBeVisible();
      await expect(page.getByLabel("Business registration code")).toHaveValue("500");

      // The admin sees every call and why, and can test the connector.
      await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/api-connectors`);
      await admin.getByRole("link", { name: "Companies registry" }).click();
      await expect(admin.getByRole("cell", { name: "VALIDATION_ERROR" }).first()).toBeVisible();
      await expect(admin.getByRole("cell", { name: "SHOW_BLOCK_PAGE" }).first()).toBeVisible();
      await expect(admin.getByText("HTTP 500").first()).toBeVisible();
      await admin.getByRole("button", { name: "Send test request" }).click();
      await expect(admin.getByText("The connector answered Continue.")).toBeVisible();
    } finally {
      await openFlow(admin);
      await admin.getByLabel("Before creating the user").selectOption({ label: "None" });
      await admin.getByRole("button", { name: "Save API connectors" }).click();
      await expect(admin.getByText("API connectors saved.")).toBeVisible();
    }
  });
});
