import { expect, type Page } from "@playwright/test";
import { codeFromEmail } from "./mailbox";
import { E2E_STACK } from "./stack";

/** Steps of the seeded Woodgrove supplier sign-up, through the demo app. */
export async function startSignUp(page: Page) {
  await page.goto(E2E_STACK.demoUrl);
  await page.getByRole("button", { name: "Request your supplier account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
}

export async function enterEmailAndCode(
  page: Page,
  email: string,
  buttonName: string,
  emailNumber = 1,
) {
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: buttonName }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await page.getByLabel("Verification code").fill(await codeFromEmail(email, emailNumber));
  await page.getByRole("button", { name: "Verify" }).click();
}

export async function answerQuestions(
  page: Page,
  answers: { name: string; business: string; code: string; phone?: string },
) {
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await page.getByLabel("Your name").fill(answers.name);
  await page.getByLabel("Business name").fill(answers.business);
  await page.getByLabel("Business registration code").fill(answers.code);
  if (answers.phone) await page.getByLabel("Phone number (optional)").fill(answers.phone);
  await page.getByRole("button", { name: "Continue" }).click();
}
