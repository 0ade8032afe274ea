import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { signInToAdmin } from "../support/admin";
import { sql } from "../support/database";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { expectAccessible } from "../support/accessibility";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";

/** The demo tenant's flow: its second-step policy, and whether a passkey alone signs in. */
async function setSecondStep(
  admin: Page,
  policy: "Not asked for" | "Required: set up before the first sign-in completes",
  passkeyAlone: boolean,
) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await admin.getByRole("link", { name: FLOW }).click();
  await admin.getByLabel(policy).check();
  await admin.getByLabel("Let people sign in with a passkey alone").setChecked(passkeyAlone);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("User flow saved.")).toBeVisible();
}

function claim(page: Page, name: string) {
  return page.locator(`td[data-claim="${name}"]`);
}

async function signOutAndBackToSignIn(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
}

const appAt = (key: string) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/\s+/g, "")), digits: 6, period: 30 });

test.describe("second factors", () => {
  test.describe.configure({ mode: "serial" });

  test("an authenticator app set up at sign-up under a required policy, used to sign in, and a recovery code once", async ({
    page,
    browser,
  }) => {
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await setSecondStep(admin, "Required: set up before the first sign-in completes", false);
    try {
      const email = freshAddress("totp");
      await startSignUp(page);
      await enterEmailAndCode(page, email, "Send code");
      await answerQuestions(page, { name: "Tess Totp", business: "Two Step Ltd", code: "2020" });
      await expect(
        page.getByRole("heading", { level: 1, name: "Set up a second step" }),
      ).toBeVisible();
      // Required: there is no way past it but setting one up.
      await expect(page.getByRole("button", { name: "Not now" })).toHaveCount(0);
      await expectAccessible(page, "enrol choice js");
      const plain = await browser.newContext({
        storageState: await page.context().storageState(),
        viewport: { width: 390, height: 844 },
      });
      await plain.route("**/_next/static/**/*.js", (route) => route.abort());
      const noScript = await plain.newPage();
      await noScript.goto(page.url());
      await expect(noScript.getByText("Passkeys need JavaScript.")).toBeVisible();
      await expectAccessible(noScript, "enrol choice no-js phone");
      await plain.close();
      await page.getByRole("button", { name: "Use an authenticator app" }).click();
      await expect(
        page.getByRole("img", { name: "QR code for your authenticator app" }),
      ).toBeVisible();
      await expectAccessible(page, "enrol authenticator app js");
      const key = (await page.locator("code").first().textContent()) ?? "";
      const app = appAt(key);
      await page.getByLabel("Code from the app").fill(app.generate());
      await page.getByRole("button", { name: "Confirm" }).click();

      await expect(
        page.getByRole("heading", { level: 1, name: "Save your recovery codes" }),
      ).toBeVisible();
      const codes = await page
        .getByRole("list", { name: "Recovery codes" })
        .getByRole("listitem")
        .allTextContents();
      expect(codes).toHaveLength(10);
      await expectAccessible(page, "recovery codes js");
      await page.getByRole("button", { name: "I have saved these codes" }).click();
      await page.getByRole("button", { name: "Allow", exact: true }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(page, "amr")).toHaveText('["otp","mfa"]');
      await expect(claim(page, "acr")).toHaveText("mfa");

      // Signing in again: the email code, then the app's next code.
      await signOutAndBackToSignIn(page);
      await enterEmailAndCode(page, email, "Next", 2);
      await expect(page.getByRole("heading", { level: 1, name: "Second step" })).toBeVisible();
      await page
        .getByLabel("Code", { exact: true })
        .fill("000000" === app.generate() ? "111111" : "000000");
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(page.getByText("That code is not right.").first()).toBeVisible();
      await page
        .getByLabel("Code", { exact: true })
        .fill(app.generate({ timestamp: Date.now() + 30_000 }));
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(page, "amr")).toHaveText('["otp","mfa"]');

      // The phone is lost: a recovery code lets in once.
      await signOutAndBackToSignIn(page);
      await enterEmailAndCode(page, email, "Next", 3);
      await expect(page.getByRole("heading", { level: 1, name: "Second step" })).toBeVisible();
      await page.getByLabel("Code", { exact: true }).fill(codes[0]!);
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await signOutAndBackToSignIn(page);
      await enterEmailAndCode(page, email, "Next", 4);
      await expect(page.getByRole("heading", { level: 1, name: "Second step" })).toBeVisible();
      await page.getByLabel("Code", { exact: true }).fill(codes[0]!);
      await page.getByRole("button", { name: "Verify" }).click();
      await expect(page.getByText("That code is not right.").first()).toBeVisible();
      const { rows } = await sql(
        `SELECT count(*)::int AS left FROM "GuestRecoveryCode" r JOIN "GuestUser" g ON g.id = r."guestUserId"
          WHERE g.email = $1 AND r."usedAt" IS NULL`,
        [email],
      );
      expect(rows).toEqual([{ left: 9 }]);
    } finally {
      await setSecondStep(admin, "Not asked for", false);
    }
  });

  test("a passkey set up at sign-up, used as the second step, then alone from the sign-in page's autofill", async ({
    page,
    browser,
  }) => {
    test.setTimeout(60_000);
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await setSecondStep(admin, "Required: set up before the first sign-in completes", false);
    await page.bringToFront();
    // Chromium's virtual authenticator stands in for a phone or a security key.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send("WebAuthn.enable");
    await devtools.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    try {
      const email = freshAddress("passkey");
      await startSignUp(page);
      await enterEmailAndCode(page, email, "Send code");
      await answerQuestions(page, { name: "Pat Passkey", business: "Keys Ltd", code: "3030" });
      await expect(
        page.getByRole("heading", { level: 1, name: "Set up a second step" }),
      ).toBeVisible();
      await page.getByRole("button", { name: "Use a passkey" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Save your recovery codes" }),
      ).toBeVisible({ timeout: 15_000 });
      await page.getByRole("button", { name: "I have saved these codes" }).click();
      await page.getByRole("button", { name: "Allow", exact: true }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(page, "amr")).toHaveText('["otp","hwk","user","mfa"]');

      // The passkey as the second step after an email code.
      await signOutAndBackToSignIn(page);
      await enterEmailAndCode(page, email, "Next", 2);
      await expect(page.getByRole("heading", { level: 1, name: "Second step" })).toBeVisible();
      await page.getByRole("button", { name: "Use your passkey" }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(page, "amr")).toHaveText('["otp","hwk","user","mfa"]');

      // The passkey alone, offered in the email field's autofill (conditional UI): the virtual
      // authenticator answers that quiet request itself, as a person picking it would.
      await setSecondStep(admin, "Required: set up before the first sign-in completes", true);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("button", { name: "Sign out", exact: true }).click();
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      await expect(claim(page, "email")).toHaveText(email);
      await expect(claim(page, "amr")).toHaveText('["hwk","user","mfa"]');
      await expect(claim(page, "acr")).toHaveText("mfa");
    } finally {
      await setSecondStep(admin, "Not asked for", false);
    }
  });

  test("a guest adds an authenticator app on their account page, is asked for it, and every page passes axe with and without JavaScript", async ({
    page,
    browser,
  }) => {
    const email = freshAddress("account-totp");
    await startSignUp(page);
    await enterEmailAndCode(page, email, "Send code");
    await answerQuestions(page, { name: "Ada App", business: "Apps Ltd", code: "4040" });
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(claim(page, "acr")).toHaveText("sfa");

    await page.getByRole("link", { name: "Manage your account" }).click();
    await page.getByRole("link", { name: "Sign-in and security" }).click();
    await expect(page.getByText("You have not set up a second step.")).toBeVisible();
    await page.getByText("Add an authenticator app").click();
    const key = (await page.locator("details code").textContent()) ?? "";
    await page.getByLabel("Code from the app").fill(appAt(key).generate());
    await page.getByRole("button", { name: "Add the authenticator app" }).click();
    await expect(page.getByText("The authenticator app was added.")).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem"),
    ).toHaveCount(10);
    await expectAccessible(page, "account second step added");

    // Not required by the flow, but set up: the next sign-in asks for it.
    await page.goto(`${E2E_STACK.demoUrl}/portal`);
    await signOutAndBackToSignIn(page);
    await enterEmailAndCode(page, email, "Next", 2);
    await expect(page.getByRole("heading", { level: 1, name: "Second step" })).toBeVisible();
    await expectAccessible(page, "second step js");

    // The same browser's cookies, none of the app's scripts: the page as it works without JavaScript.
    const plain = await browser.newContext({ storageState: await page.context().storageState() });
    await plain.route("**/_next/static/**/*.js", (route) => route.abort());
    const noScript = await plain.newPage();
    await noScript.goto(page.url());
    await expect(noScript.getByRole("heading", { level: 1, name: "Second step" })).toBeVisible();
    await expectAccessible(noScript, "second step no-js");
    await plain.close();

    await page
      .getByLabel("Code", { exact: true })
      .fill(appAt(key).generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(claim(page, "acr")).toHaveText("mfa");
  });
});
