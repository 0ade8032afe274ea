import { expect, test, type Page } from "@playwright/test";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

function claim(page: Page, name: string | RegExp) {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) })
    .getByRole("cell");
}

test.describe("self-service sign-up through the demo app", () => {
  test("a supplier signs up with an email code, lands signed in with their answers, signs out and back in", async ({
    page,
  }) => {
    const email = freshAddress("ada");
    await startSignUp(page);
    await enterEmailAndCode(page, email, "Send code");
    await answerQuestions(page, {
      name: "Ada Supplier",
      business: "Ada's Apples",
      code: "4512",
      phone: "+44 20 7946 0000",
    });

    await expect(page.getByRole("heading", { level: 1, name: "Allow access?" })).toBeVisible();
    await page.getByRole("button", { name: "Allow", exact: true }).click();

    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Welcome, Ada Supplier" }),
    ).toBeVisible();
    await expect(claim(page, "email")).toHaveText(email);
    await expect(claim(page, "name")).toHaveText("Ada Supplier");
    await expect(claim(page, /^extension_[0-9a-f]{32}_BusinessName$/)).toHaveText("Ada's Apples");
    await expect(claim(page, /^extension_[0-9a-f]{32}_BusinessRegistrationCode$/)).toHaveText(
      "4512",
    );
    await expect(claim(page, /^extension_[0-9a-f]{32}_Phone$/)).toHaveText("+44 20 7946 0000");
    await expect(claim(page, "idp")).toHaveText("mail");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign out?" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/`);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();

    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await enterEmailAndCode(page, email, "Next", 2);
    // Returning: no questions, no consent again.
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(claim(page, /^extension_[0-9a-f]{32}_BusinessName$/)).toHaveText("Ada's Apples");
  });

  test("a wrong code is refused with the tries left, and the right one still works", async ({
    page,
  }) => {
    const email = freshAddress("wrong-code");
    await startSignUp(page);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send code" }).click();
    const code = await codeFromEmail(email);
    const wrong = code === "000000" ? "111111" : "000000";
    await page.getByLabel("Verification code").fill(wrong);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(
      page.getByText("That code is not right. You have 4 more tries.").first(),
    ).toBeVisible();
    await expect(page.getByLabel("Verification code")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Verification code").fill(code);
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  });

  test("required answers and integer fields are checked in the browser", async ({ page }) => {
    const email = freshAddress("validation");
    await startSignUp(page);
    await enterEmailAndCode(page, email, "Send code");
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    await page.getByLabel("Business name").fill("Bob's Bakery");
    await page.getByLabel("Business registration code").fill("12ab");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Enter your name.").first()).toBeVisible();
    await expect(
      page.getByText("Business registration code must be a whole number.").first(),
    ).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  });
});
