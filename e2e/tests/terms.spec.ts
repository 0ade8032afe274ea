import { expect, test, type Page } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";
const DOCUMENT = `Supplier terms ${Date.now()}`;

async function requireTerms(admin: Page, required: boolean) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await admin.getByRole("link", { name: FLOW }).click();
  await admin
    .getByRole("group", { name: "Terms people accept" })
    .getByLabel(DOCUMENT)
    .setChecked(required);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("User flow saved.")).toBeVisible();
}

async function fillAnswers(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Your name").fill("Tomas Terms");
  await page.getByLabel("Business name").fill("Tomas Teas");
  await page.getByLabel("Business registration code").fill("4242");
}

test.describe("terms of use", () => {
  let admin: Page;
  test.beforeAll(async ({ browser }) => {
    admin = await (await browser.newContext()).newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/terms`);
    await admin.getByLabel("Name", { exact: true }).fill(DOCUMENT);
    await admin.getByLabel("Title people see").fill("Supplier terms of use");
    await admin.getByLabel("The text itself (Markdown, shown on the sign-in pages)").check();
    await admin
      .getByLabel("Text (Markdown)")
      .fill("# Supplying Woodgrove\n\nDeliver **on time**. <script>alert(1)</script>");
    await admin.getByRole("button", { name: "Publish version 1" }).click();
    await expect(admin.getByText(`"${DOCUMENT}" published as version 1.`)).toBeVisible();
    await requireTerms(admin, true);
  });
  test.afterAll(async () => {
    await requireTerms(admin, false);
  });

  test("terms are accepted at sign-up, and a new version again at the next sign-in", async ({
    page,
    context,
  }) => {
    const email = freshAddress("terms");
    await startSignUp(page);
    await enterEmailAndCode(page, email, "Send code");
    await fillAnswers(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Accept the terms to create your account.").first()).toBeVisible();

    // The text opens in a new tab, rendered, with the tenant's HTML shown as text.
    const [terms] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("link", { name: /Supplier terms of use/ }).click(),
    ]);
    await expect(
      terms.getByRole("heading", { level: 2, name: "Supplying Woodgrove" }),
    ).toBeVisible();
    await expect(terms.getByText("<script>alert(1)</script>", { exact: false })).toBeVisible();
    await terms.close();

    await page.getByLabel("I have read and accept these terms.").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);

    await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/terms`);
    const card = admin
      .locator("section, div")
      .filter({ has: admin.getByRole("heading", { name: DOCUMENT }) })
      .last();
    await card.getByText("Publish a new version").click();
    await card
      .getByLabel("Text (Markdown)")
      .fill("# Supplying Woodgrove\n\nNow with weekly reports.");
    await card.getByRole("button", { name: "Publish version 2" }).click();
    await expect(admin.getByText("Version 2 published.")).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next", 2);
    await expect(page.getByRole("heading", { level: 1, name: "Updated terms" })).toBeVisible();
    await expect(page.getByText("version 2")).toBeVisible();
    await page.getByRole("button", { name: "Accept and continue" }).click();
    await expect(page.getByText("Tick the box to accept the terms, or cancel.")).toBeVisible();
    await page.getByLabel("I have read and accept these terms.").check();
    await page.getByRole("button", { name: "Accept and continue" }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);

    await admin.goto(
      `${E2E_STACK.adminUrl}/t/woodgrove/guest-users?q=${encodeURIComponent(email)}`,
    );
    await admin.getByRole("link", { name: email }).click();
    const accepted = admin.getByRole("table", { name: "Terms accepted" });
    await expect(accepted.getByRole("row")).toHaveCount(3);
  });
});
