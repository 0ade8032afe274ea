import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../support/accessibility";
import { signInToAdmin } from "../support/admin";
import { authorizationUrl } from "../support/authorization-url";
import { sql } from "../support/database";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const PHONE = { width: 390, height: 844 };

async function demoFlowId(): Promise<string> {
  const { rows } = await sql(
    `SELECT "userFlowId" FROM "Application" WHERE "clientId" = 'woodgrove-supplier-portal'`,
  );
  return rows[0].userFlowId as string;
}

async function subjectsTo(address: string): Promise<string[]> {
  const response = await fetch(
    `${E2E_STACK.fakeResendUrl}/test/emails?to=${encodeURIComponent(address)}`,
  );
  return ((await response.json()) as { subject: string }[]).map((email) => email.subject);
}

async function expectLanguage(page: Page, lang: string, dir: "ltr" | "rtl", heading: string) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

test.afterAll(async () => {
  await sql(
    `UPDATE "UserFlow" SET strings = '{}', languages = ARRAY['en','de','fr','es','nl','pt','ja','ar'], "defaultLocale" = 'en' WHERE id = $1`,
    [await demoFlowId()],
  );
});

test("a German browser signs up in German with the admin's wording on the page and in the email, switches to Arabic and back mid-journey, and the token says de", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const flowId = await demoFlowId();
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows/${flowId}`);
  await admin.getByRole("link", { name: "Languages and texts" }).click();
  await admin.getByRole("link", { name: "German", exact: true }).click();
  await expect(admin.getByRole("link", { name: "German", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await admin.getByText("Sign-in and sign-up page").click();
  await admin.getByLabel("emailStep.sendCode", { exact: true }).fill("Code anfordern");
  await admin.getByText("Verification code email").click();
  // A value the page does not give is refused, tied to its field.
  await admin.getByLabel("codeEmail.subject", { exact: true }).fill("Ihr Code für {firma}");
  await admin.getByRole("button", { name: "Save German texts" }).click();
  await expect(admin.getByText(/uses \{firma\}/)).toBeVisible();
  await admin.getByLabel("codeEmail.subject", { exact: true }).fill("Ihr Code für {tenant}");
  await admin.getByRole("button", { name: "Save German texts" }).click();
  await expect(admin.getByText("Saved (de: 2 texts reworded).")).toBeVisible();
  await admin.screenshot({ path: test.info().outputPath("admin-texts.png"), fullPage: false });

  // The preview shows the German sign-up page with the admin's wording, framed in the portal.
  const preview = admin.frameLocator('iframe[title^="Preview: Sign-up page in German"]');
  // The preview is inert (nothing in it can be focused or used): read it as text.
  await expect(preview.locator("h1")).toHaveText("Konto erstellen");
  await expect(preview.locator("button", { hasText: "Code anfordern" })).toBeVisible();
  await admin.locator("select[name=preview]").selectOption("questions");
  await admin.getByRole("button", { name: "Show", exact: true }).click();
  await expect(
    admin.frameLocator('iframe[title^="Preview: Questions page in German"]').locator("h1"),
  ).toHaveText("Über Sie");
  await admin.screenshot({ path: test.info().outputPath("admin-preview.png"), fullPage: true });

  const german = await browser.newContext({ locale: "de-DE" });
  const page = await german.newPage();
  await page.goto(E2E_STACK.demoUrl);
  await page.getByRole("button", { name: "Request your supplier account" }).click();
  await expectLanguage(page, "de", "ltr", "Konto erstellen");
  const email = freshAddress("sprache");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Code anfordern" }).click();
  await expectLanguage(page, "de", "ltr", "Prüfen Sie Ihre E-Mails");
  const code = await codeFromEmail(email);
  expect(await subjectsTo(email)).toEqual([expect.stringMatching(/^Ihr Code für Woodgrove/)]);

  await page.getByLabel("Sprache", { exact: true }).selectOption("ar");
  await page.getByRole("button", { name: "Sprache wechseln" }).click();
  await expectLanguage(page, "ar", "rtl", "تحقّق من بريدك الإلكتروني");
  await expectAccessible(page, "code page in Arabic");
  await page.getByLabel("رمز التحقق").fill(code);
  await page.getByRole("button", { name: "تحقّق" }).click();
  await expectLanguage(page, "ar", "rtl", "معلومات عنك");
  await page.setViewportSize(PHONE);
  await page.screenshot({
    path: test.info().outputPath("about-you-arabic-phone.png"),
    fullPage: true,
  });

  await page.getByLabel("اللغة", { exact: true }).selectOption("de");
  await page.getByRole("button", { name: "تغيير اللغة" }).click();
  await expectLanguage(page, "de", "ltr", "Über Sie");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { name: "Es gibt ein Problem" })).toBeVisible();
  await expect(page.getByText("Geben Sie „Your name“ an.").first()).toBeVisible();
  await page.getByLabel("Your name").fill("Jana Sprache");
  await page.getByLabel("Business name").fill("Sprachwerk GmbH");
  await page.getByLabel("Business registration code").fill("4");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expectLanguage(page, "de", "ltr", "Zugriff erlauben?");
  await page.getByRole("button", { name: "Erlauben", exact: true }).click();
  await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
  await expect(page.locator('[data-claim="locale"]')).toHaveText("de");

  // The account page speaks the person's language, and its picker changes it for good.
  await page.getByRole("link", { name: "Manage your account" }).click();
  await expectLanguage(page, "de", "ltr", "Ihre Angaben");
  await expect(page.getByRole("navigation", { name: "Ihr Konto" })).toBeVisible();
  await page.getByLabel("Sprache", { exact: true }).selectOption("ar");
  await page.getByRole("button", { name: "Sprache wechseln" }).click();
  await expectLanguage(page, "ar", "rtl", "بياناتك");
  await expect(page.getByText("تغيّرت لغتك.")).toBeVisible();
  await page.getByRole("link", { name: "تسجيل الدخول والأمان" }).click();
  await expectLanguage(page, "ar", "rtl", "تسجيل الدخول والأمان");
  await expectAccessible(page, "account security in Arabic");
  await german.close();
});

test("ui_locales chooses the language, a flow's languages limit it, and the picker works without JavaScript on a phone", async ({
  browser,
}) => {
  // The pages' own scripts never load (axe still runs): what a browser without JavaScript gets.
  const noScript = await browser.newContext({ viewport: PHONE });
  await noScript.route("**/_next/static/**/*.js", (route) => route.abort());
  const page = await noScript.newPage();
  await page.goto(authorizationUrl({ ui_locales: "ar", prompt: "create" }).href);
  await expectLanguage(page, "ar", "rtl", "أنشئ حسابك");
  await page.screenshot({
    path: test.info().outputPath("sign-up-arabic-no-js.png"),
    fullPage: true,
  });
  await page.getByLabel("اللغة", { exact: true }).selectOption("fr");
  await page.getByRole("button", { name: "تغيير اللغة" }).click();
  await expectLanguage(page, "fr", "ltr", "Créer votre compte");
  await page.getByRole("button", { name: "Envoyer le code" }).click();
  await expect(
    page.getByText("Saisissez une adresse e-mail comme nom@exemple.com.").first(),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath("sign-up-french-error.png"),
    fullPage: true,
  });
  await expectAccessible(page, "sign-up in French without JavaScript");

  // The admin offers English and German only: Japanese falls back to the default.
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows/${await demoFlowId()}/languages`);
  for (const language of ["French", "Spanish", "Dutch", "Portuguese", "Japanese", "Arabic"])
    await admin.getByRole("checkbox", { name: language }).uncheck();
  await admin.getByLabel("Default language").selectOption("de");
  await admin.getByRole("button", { name: "Save languages" }).click();
  await expect(admin.getByText("Languages saved.")).toBeVisible();

  // The browser's English is offered, so it wins over the default.
  await page.goto(authorizationUrl({ ui_locales: "ja", prompt: "create" }).href);
  await expectLanguage(page, "en", "ltr", "Create your account");
  // Nothing of a Japanese browser's is offered: the default.
  const japanese = await browser.newContext({ locale: "ja-JP" });
  const japanesePage = await japanese.newPage();
  await japanesePage.goto(authorizationUrl({ ui_locales: "ja", prompt: "create" }).href);
  await expectLanguage(japanesePage, "de", "ltr", "Konto erstellen");
  const picker = japanesePage.getByLabel("Sprache", { exact: true });
  await expect(picker.locator("option")).toHaveText(["English", "Deutsch"]);
  await japanese.close();
  await noScript.close();
});
