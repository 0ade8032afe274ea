import { expect, test } from "@playwright/test";
import { sql } from "../support/database";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";
import { DEMO_CALLBACK as CALLBACK, authorizationUrl } from "../support/authorization-url";

test.describe("hosted pages", () => {
  test("the whole sign-up works with JavaScript disabled, up to the code sent back to the app", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: test.info().project.use.viewport,
    });
    const page = await context.newPage();
    const email = freshAddress("no-js");
    const request = authorizationUrl({ prompt: "create" });

    await page.goto(request.href);
    await expect(
      page.getByRole("heading", { level: 1, name: "Create your account" }),
    ).toBeVisible();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send code" }).click();
    await page.getByLabel("Verification code").fill(await codeFromEmail(email));
    await page.getByRole("button", { name: "Verify" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    await page.getByLabel("Business name").fill("Plain HTML Ltd");
    await page.getByLabel("Business registration code").fill("not a number");
    await page.getByRole("button", { name: "Continue" }).click();
    // Without JavaScript the server checks the answers with the same schema.
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
    await expect(page.getByText("Enter your name.").first()).toBeVisible();
    await expect(
      page.getByText("Business registration code must be a whole number.").first(),
    ).toBeVisible();
    // Every answer is still there to correct, not only the ones with JavaScript.
    await expect(page.getByLabel("Business name")).toHaveValue("Plain HTML Ltd");
    await expect(page.getByLabel("Business registration code")).toHaveValue("not a number");

    await page.getByLabel("Your name").fill("No Script Supplier");
    await page.getByLabel("Business registration code").fill("778");
    await page.getByRole("button", { name: "Continue" }).click();
    // The demo app cannot finish a sign-in it did not start; what matters is what it receives.
    const arrival = page.waitForRequest((sent) => sent.url().startsWith(CALLBACK));
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    const callback = new URL((await arrival).url());
    expect(callback.searchParams.get("code")).toBeTruthy();
    expect(callback.searchParams.get("state")).toBe(request.searchParams.get("state"));
    expect(callback.searchParams.get("iss")).toBe(`${E2E_STACK.hostedUrl}/woodgrove`);
    const { rows } = await sql(
      `SELECT "displayName", attributes FROM "GuestUser" WHERE email = $1`,
      [email],
    );
    expect(rows).toEqual([
      {
        displayName: "No Script Supplier",
        attributes: { BusinessName: "Plain HTML Ltd", BusinessRegistrationCode: 778 },
      },
    ]);
    await context.close();
  });

  test("an expired code is refused, and a new one can be sent", async ({ page }) => {
    const email = freshAddress("expired");
    await page.goto(authorizationUrl({ prompt: "create" }).href);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send code" }).click();
    const code = await codeFromEmail(email);
    await sql(
      `UPDATE "OtpChallenge" SET "expiresAt" = now() - interval '1 second', "createdAt" = now() - interval '11 minutes' WHERE email = $1`,
      [email],
    );

    await page.getByLabel("Verification code").fill(code);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(
      page.getByText("That code has expired or was already used. Ask for a new code.").first(),
    ).toBeVisible();

    await page.getByRole("button", { name: "Send a new code" }).click();
    await expect(page.getByText("We sent you a new code.")).toBeVisible();
    await page.getByLabel("Verification code").fill(await codeFromEmail(email, 2));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  });

  test("a reload or a second tab shows where the journey is; an unknown interaction says it expired", async ({
    page,
    context,
  }) => {
    const email = freshAddress("reload");
    await page.goto(authorizationUrl({ prompt: "create" }).href);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send code" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    const second = await context.newPage();
    await second.goto(page.url());
    await expect(second.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

    await page.goto(`${E2E_STACK.hostedUrl}/woodgrove/interaction/not-a-real-interaction`);
    await expect(page.getByRole("heading", { name: "This page has expired" })).toBeVisible();
  });

  test("an unregistered redirect URI gets an error page, never a redirect", async ({ page }) => {
    const url = authorizationUrl({ redirect_uri: "https://attacker.example/callback" });
    const response = await page.goto(url.href);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
    expect(page.url()).toContain(E2E_STACK.hostedUrl);
  });
});
