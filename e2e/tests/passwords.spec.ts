import { expect, test, type Page } from "@playwright/test";
import { ensurePasswordProvider, offerProviderInFlow, signInToAdmin } from "../support/admin";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test.describe("email + password accounts", () => {
  test("sign up with a password, sign in, a wrong password, a reset and a change", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    const provider = await ensurePasswordProvider(admin);
    await offerProviderInFlow(admin, provider, true);

    try {
      const email = freshAddress("password");
      await page.goto(E2E_STACK.demoUrl);
      await page.getByRole("button", { name: "Request your supplier account" }).click();
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send code" }).click();
      await page.getByLabel("Verification code").fill(await codeFromEmail(email, 1));
      await page.getByRole("button", { name: "Verify" }).click();

      await expect(
        page.getByRole("heading", { level: 1, name: "Choose a password" }),
      ).toBeVisible();
      await page.getByLabel("Password", { exact: true }).fill("iloveyou");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByText("one of the most common ones").first()).toBeVisible();
      await page.getByLabel("Password", { exact: true }).fill("pears in the autumn light");
      await page.getByRole("button", { name: "Continue" }).click();

      await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
      await page.getByLabel("Your name").fill("Pat Password");
      await page.getByLabel("Business name").fill("Pat's Pears");
      await page.getByLabel("Business registration code").fill("808");
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByRole("button", { name: "Allow", exact: true }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await signOut(page);

      await signInWithPassword(page, email, "not the password");
      // An error like a wrong code's: in the summary (an alert) and on the field, marked invalid.
      await expect(
        page.getByRole("alert").getByRole("link", {
          name: /Password: That email address and password do not match an account\./,
        }),
      ).toBeVisible();
      await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await page.getByLabel("Password", { exact: true }).fill("pears in the autumn light");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await signOut(page);

      // Forgot the password: a code, a new password, and signed in.
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Forgot your password?" }).click();
      await page.getByLabel("Verification code").fill(await codeFromEmail(email, 2));
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Choose a new password" }),
      ).toBeVisible();
      await page.getByLabel("New password").fill("plums in the winter dark");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await signOut(page);
      await signInWithPassword(page, email, "plums in the winter dark");
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await signOut(page);

      // Change it: the current password, then a new one.
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("plums in the winter dark");
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Choose a new password" }),
      ).toBeVisible();
      await page.getByLabel("New password").fill("cherries in the spring rain");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await signOut(page);
      await signInWithPassword(page, email, "cherries in the spring rain");
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    } finally {
      await offerProviderInFlow(admin, provider, false);
    }
  });
});
