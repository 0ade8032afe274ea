import { expect, test, type Browser, type Page } from "@playwright/test";
import { ensurePasswordProvider, offerProviderInFlow, signInToAdmin } from "../support/admin";
import { expectAccessible } from "../support/accessibility";
import { authorizationUrl } from "../support/authorization-url";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

async function hostedSteps(browser: Browser, javaScriptEnabled: boolean) {
  const label = javaScriptEnabled ? "js" : "no-js";
  // "Without JavaScript" loads none of the app's scripts, so pages work as server-rendered HTML;
  // the browser's own JavaScript stays on, for axe to run in the page.
  const context = await browser.newContext();
  if (!javaScriptEnabled) await context.route("**/_next/static/**/*.js", (route) => route.abort());
  const page = await context.newPage();
  const email = freshAddress(`axe-${label}`);
  await page.goto(authorizationUrl().href);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectAccessible(page, `hosted sign-in ${label}`);
  await page.getByRole("button", { name: "Create one" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expectAccessible(page, `hosted sign-up with an error ${label}`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectAccessible(page, `hosted code ${label}`);
  await page.getByLabel("Verification code").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expectAccessible(page, `hosted wrong code ${label}`);
  await page.getByLabel("Verification code").fill(await codeFromEmail(email));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await expectAccessible(page, `hosted about you ${label}`);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expectAccessible(page, `hosted about you with errors ${label}`);
  await page.getByLabel("Your name").fill("Alex Axe");
  await page.getByLabel("Business name").fill("Accessible Apples");
  await page.getByLabel("Business registration code").fill("11");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Allow access?" })).toBeVisible();
  await expectAccessible(page, `hosted consent ${label}`);
  await accountPages(page, label);
  await context.close();
}

/** The account page of the person just signed in, each section, with a refused form on two. */
async function accountPages(page: Page, label: string) {
  const account = `${E2E_STACK.hostedUrl}/woodgrove/account`;
  await page.goto(account);
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  await expectAccessible(page, `account details ${label}`);
  await page.getByLabel("Business registration code").fill("eleven");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expectAccessible(page, `account details with an error ${label}`);
  await page.goto(`${account}/email`);
  await page.getByLabel("New email address").fill("not an address");
  await page.getByRole("button", { name: "Send a code" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expectAccessible(page, `account email with an error ${label}`);
  await page.goto(`${account}/security`);
  await expect(page.getByRole("heading", { level: 2, name: "Ways you sign in" })).toBeVisible();
  await expectAccessible(page, `account security ${label}`);
  await page.goto(`${account}/data`);
  await page.getByRole("button", { name: "Send me a code to delete my account" }).click();
  await expect(page.getByLabel("Code")).toBeVisible();
  await expectAccessible(page, `account deletion code ${label}`);
}

test.describe("accessibility (axe-core)", () => {
  test("every hosted step, with JavaScript", async ({ browser }) => {
    await hostedSteps(browser, true);
  });

  test("every hosted step, without JavaScript", async ({ browser }) => {
    await hostedSteps(browser, false);
  });

  test("the password steps and the expired page", async ({ page, browser }) => {
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    const provider = await ensurePasswordProvider(admin);
    await offerProviderInFlow(admin, provider, true);
    try {
      await page.goto(authorizationUrl().href);
      await page.getByLabel("Email address").fill(freshAddress("axe-password"));
      await page.getByLabel("Password", { exact: true }).fill("not the password");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
      await expectAccessible(page, "hosted wrong password");

      await page.goto(authorizationUrl({ prompt: "create" }).href);
      const email = freshAddress("axe-choose");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send code" }).click();
      await page.getByLabel("Verification code").fill(await codeFromEmail(email));
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Choose a password" }),
      ).toBeVisible();
      await page.getByRole("button", { name: "Continue" }).click();
      await expectAccessible(page, "hosted choose a password with an error");
    } finally {
      await offerProviderInFlow(admin, provider, false);
    }

    await page.goto(`${E2E_STACK.hostedUrl}/woodgrove/interaction/not-a-journey`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("expired");
    await expectAccessible(page, "hosted expired page");
  });

  test("every admin page", async ({ page }) => {
    await page.goto(`${E2E_STACK.adminUrl}/sign-in`);
    await expectAccessible(page, "admin sign-in");
    await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await expectAccessible(page, "admin tenants");
    for (const path of [
      "",
      "/settings",
      "/identity-providers",
      "/attributes",
      "/user-flows",
      "/applications",
      "/api-connectors",
      "/guest-users",
      "/members",
      "/api-keys",
      "/audit",
    ]) {
      await page.goto(`${E2E_STACK.adminUrl}/t/woodgrove${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, `admin ${path || "overview"}`);
    }
  });
});
