import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../support/accessibility";
import { signInToAdmin } from "../support/admin";
import { authorizationUrl } from "../support/authorization-url";
import { answerQuestions } from "../support/demo-journey";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";
const PHONE = { width: 390, height: 844 };

async function setBotProtection(admin: Page, mode: "Off" | "Always") {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await admin.getByRole("link", { name: FLOW }).click();
  await admin.getByLabel(mode, { exact: true }).check();
  await admin.getByLabel("Proof-of-work difficulty").fill("20000");
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("User flow saved.")).toBeVisible();
}

test.describe("bot protection on sign-up", () => {
  test("a browser solves the proof of work and signs up; a script posting without a solution is refused; without JavaScript a short wait lets a person through", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await setBotProtection(admin, "Always");
    try {
      const blocked: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          blocked.push(message.text());
      });

      // A browser: the widget solves the challenge on its own, the code is sent, the sign-up completes.
      await page.goto(E2E_STACK.demoUrl);
      await page.getByRole("button", { name: "Request your supplier account" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Create your account" }),
      ).toBeVisible();
      await expect(
        page.getByRole("group", { name: "Checking that you are not a robot" }),
      ).toBeVisible();
      await expect(page.locator('input[name="altcha"]')).not.toHaveValue("", { timeout: 20_000 });
      await page.screenshot({ path: "test-results/bot-check-desktop.png", fullPage: true });
      await expectAccessible(page, "sign-up page with the bot check");
      const email = freshAddress("human");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send code" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
      await page.getByLabel("Verification code").fill(await codeFromEmail(email));
      await page.getByRole("button", { name: "Verify" }).click();
      await answerQuestions(page, { name: "Hugo Human", business: "Hugo's Herbs", code: "4512" });
      await page.getByRole("button", { name: "Allow", exact: true }).click();
      await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
      expect(blocked).toEqual([]);

      // A script: the form posted at once, no scripts run, no solution: refused, no code sent.
      const script = await browser.newContext({ viewport: PHONE });
      await script.route("**/_next/static/**/*.js", (route) => route.abort());
      const bot = await script.newPage();
      await bot.goto(authorizationUrl({ prompt: "create" }).href);
      const scripted = freshAddress("bot");
      await bot.getByLabel("Email address").fill(scripted);
      await bot.getByRole("button", { name: "Send code" }).click();
      await expect(bot.getByText("We need to check that you are not a robot.")).toBeVisible();
      await expect(
        bot.getByRole("heading", { level: 1, name: "Create your account" }),
      ).toBeVisible();
      await bot.screenshot({ path: "test-results/bot-check-nojs-phone.png", fullPage: true });

      // The same page a few seconds later, as a person without JavaScript sends it: it goes through.
      await bot.waitForTimeout(5_500);
      await bot.getByRole("button", { name: "Send code" }).click();
      await expect(bot.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
      await expectAccessible(bot, "code page after the no-JavaScript fallback");
      await script.close();
    } finally {
      await setBotProtection(admin, "Off");
      await admin.close();
    }
  });
});
