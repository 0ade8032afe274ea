import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ensurePasswordProvider, offerProviderInFlow, signInToAdmin } from "../support/admin";
import { sql, tablesMentioning } from "../support/database";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const ACCOUNT_URL = `${E2E_STACK.hostedUrl}/woodgrove/account`;

/** A supplier signed up through the demo app, back on its portal. */
async function signedUpSupplier(page: Page, label: string, business: string): Promise<string> {
  const email = freshAddress(label);
  await startSignUp(page);
  await enterEmailAndCode(page, email, "Send code");
  await answerQuestions(page, { name: "Avery Account", business, code: "8080" });
  await page.getByRole("button", { name: "Allow", exact: true }).click();
  await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
  return email;
}

test("a guest sees, corrects, moves, downloads and erases their account without an admin", async ({
  page,
}) => {
  const email = await signedUpSupplier(page, "account", "Avery's Almonds");
  // The application's sign-in is the account page's: no second sign-in.
  await page.getByRole("link", { name: "Manage your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await page.getByLabel("Your name").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Enter your name.").first()).toBeVisible();
  await page.getByLabel("Your name").fill("Avery Amended");
  await page.getByLabel("Phone number (optional)").fill("+47 555 01234");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Your details were saved.");
  const { rows } = await sql(
    `SELECT "displayName", attributes->>'Phone' AS phone FROM "GuestUser" WHERE email = $1`,
    [email],
  );
  expect(rows[0]).toEqual({ displayName: "Avery Amended", phone: "+47 555 01234" });

  await page.getByRole("link", { name: "Sign-in and security" }).click();
  await expect(page.getByRole("link", { name: "Sign-in and security" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.getByRole("button", { name: "Remove access for Woodgrove supplier portal" }).click();
  await expect(page.getByRole("status")).toContainText("no longer has access");
  await expect(page.getByText("You have not allowed any application")).toBeVisible();

  const moved = freshAddress("moved");
  await page.getByRole("link", { name: "Your details" }).click();
  await page.getByRole("link", { name: "Change your email address" }).click();
  await page.getByLabel("New email address").fill(moved);
  await page.getByRole("button", { name: "Send a code" }).click();
  await expect(page.getByRole("status")).toContainText("We sent a code to your new address");
  await page.getByLabel("Code").fill(await codeFromEmail(moved));
  await page.getByRole("button", { name: "Confirm the new address" }).click();
  await expect(page.getByRole("status")).toContainText("Your email address was changed");
  await expect(page.getByText(`Signed in as ${moved}`)).toBeVisible();
  const told = await sql(`SELECT subject FROM "EmailMessage" WHERE "to" = $1`, [email]);
  expect(told.rows).toContainEqual({
    subject: "The email address of your Woodgrove Groceries account was changed",
  });

  await page.getByRole("link", { name: "Your data" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download your data" }).click(),
  ]);
  const data = JSON.parse(await readFile(await download.path(), "utf8")) as {
    profile: { email: string; displayName: string; formerEmails: string[] };
  };
  expect(data.profile).toMatchObject({
    email: moved,
    displayName: "Avery Amended",
    formerEmails: [email],
  });

  await page.getByRole("button", { name: "Send me a code to delete my account" }).click();
  await expect(page.getByRole("status")).toContainText("We sent a code to your email address");
  await page.getByLabel("Code").fill(await codeFromEmail(moved, 2));
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account deleted" })).toBeVisible();
  expect(await tablesMentioning(email)).toEqual([]);
  expect(await tablesMentioning(moved)).toEqual([]);
  expect(await tablesMentioning("Avery's Almonds")).toEqual([]);
  expect(await tablesMentioning("+47 555 01234")).toEqual([]);

  await page.goto(ACCOUNT_URL);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});

test("signing out everywhere ends the account page; signing back in offers no sign-up", async ({
  page,
}) => {
  const email = await signedUpSupplier(page, "everywhere", "Everywhere Eggs");
  await page.goto(`${ACCOUNT_URL}/security`);
  await expect(page.getByText("You are signed in in one browser")).toBeVisible();
  await expect(page.getByText(/Signed in .* \(this browser\)/)).toBeVisible();
  await expect(page.getByText("Used with Woodgrove supplier portal")).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByText("You are signed out everywhere.")).toBeVisible();
  const { rows } = await sql(
    `SELECT count(*)::int AS n FROM "OidcArtifact" s JOIN "GuestUser" g ON s.payload->>'accountId' = g.id::text
      WHERE g.email = $1 AND s.kind = 'Session'`,
    [email],
  );
  expect(rows[0]).toEqual({ n: 0 });

  await page.goto(ACCOUNT_URL);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByText(/create one|sign up/i)).toHaveCount(0);
  await enterEmailAndCode(page, email, "Next", 2);
  await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();

  // An address without an account is told to sign up in the application, and gets none here.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signed out" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in to your account" }).click();
  const stranger = freshAddress("stranger");
  await enterEmailAndCode(page, stranger, "Next");
  await expect(page.getByText("sign up from the application you want to use")).toBeVisible();
  const strangers = await sql(`SELECT count(*)::int AS n FROM "GuestUser" WHERE email = $1`, [
    stranger,
  ]);
  expect(strangers.rows[0]).toEqual({ n: 0 });
});

async function withoutJavaScript(browser: Browser, page: Page): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  return context.newPage();
}

test("the account page works without JavaScript: sign-in, a refused and a saved change, deletion", async ({
  page,
  browser,
}) => {
  const email = await signedUpSupplier(page, "nojs-account", "No-Script Nuts");
  const plain = await withoutJavaScript(browser, page);
  await plain.goto(ACCOUNT_URL);
  await expect(plain.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();

  await plain.getByLabel("Business registration code").fill("not a number");
  await plain.getByRole("button", { name: "Save changes" }).click();
  await expect(plain.getByText("There is a problem")).toBeVisible();
  await expect(plain.getByLabel("Business registration code")).toHaveValue("not a number");
  await plain.getByLabel("Business registration code").fill("9090");
  await plain.getByRole("button", { name: "Save changes" }).click();
  await expect(plain.getByRole("status")).toHaveText("Your details were saved.");

  await plain.getByRole("link", { name: "Your data" }).click();
  await plain.getByRole("button", { name: "Send me a code to delete my account" }).click();
  await plain.getByLabel("Code").fill("000000");
  await plain.getByRole("button", { name: "Delete my account" }).click();
  await expect(plain.getByText(/That code is not right/)).toBeVisible();
  await plain.getByLabel("Code").fill(await codeFromEmail(email, 2));
  await plain.getByRole("button", { name: "Delete my account" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "Account deleted" })).toBeVisible();
  expect(await tablesMentioning(email)).toEqual([]);
});

test("a guest adds a password on their account page, signs in with it, changes and removes it", async ({
  page,
  browser,
}) => {
  const email = await signedUpSupplier(page, "password-account", "Password Pears");
  const admin = await (await browser.newContext()).newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  const provider = await ensurePasswordProvider(admin);
  await offerProviderInFlow(admin, provider, true);
  try {
    await page.goto(`${ACCOUNT_URL}/security`);
    await expect(page.getByRole("heading", { level: 2, name: "Password" })).toBeVisible();
    const newPassword = page.getByRole("region", { name: "Password" }).getByLabel("Password");
    await newPassword.fill("iloveyou");
    await page.getByRole("button", { name: "Add a password" }).click();
    await expect(page.getByText(/one of the most common ones/)).toBeVisible();
    await newPassword.fill("plums under the pear tree");
    await page.getByRole("button", { name: "Add a password" }).click();
    await expect(page.getByRole("status")).toContainText(
      "Your password was added. You can now sign in with it.",
    );

    // Out of the account page and the provider, and back in with the new password.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("link", { name: "Sign in to your account" }).click();
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("plums under the pear tree");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your details" })).toBeVisible();

    await page.getByRole("link", { name: "Sign-in and security" }).click();
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password").fill("apricots at dawn again");
    await page.getByRole("button", { name: "Change your password" }).click();
    await expect(page.getByText("That is not your current password.")).toBeVisible();
    await page.getByLabel("Current password").fill("plums under the pear tree");
    await page.getByLabel("New password").fill("apricots at dawn again");
    await page.getByRole("button", { name: "Change your password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password was changed.");

    // Email codes still let this person in, so the password may go.
    await page.getByRole("button", { name: "Remove your password" }).click();
    await expect(page.getByRole("status")).toHaveText("Your password was removed.");
    const { rows } = await sql(`SELECT "passwordHash" FROM "GuestUser" WHERE email = $1`, [email]);
    expect(rows[0]).toEqual({ passwordHash: null });
  } finally {
    await offerProviderInFlow(admin, provider, false);
  }
});
