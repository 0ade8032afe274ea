import { expect, test, type Page } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress, linkFromEmail } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";

async function setApproval(admin: Page, on: boolean) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await admin.getByRole("link", { name: FLOW }).click();
  await admin.getByLabel("New accounts wait for approval").setChecked(on);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("User flow saved.")).toBeVisible();
}

/** A supplier signs up and lands on the waiting page. */
async function signUpAndWait(page: Page, email: string) {
  await startSignUp(page);
  await enterEmailAndCode(page, email, "Send code");
  await answerQuestions(page, { name: "Wren Waiting", business: "Wren Farms", code: "9090" });
  await expect(
    page.getByRole("heading", { level: 1, name: "Your request is with Woodgrove Groceries" }),
  ).toBeVisible();
  await expect(page.getByText(`We will email you at ${email}`)).toBeVisible();
}

async function openWaitingUser(admin: Page, email: string) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/guest-users?status=PENDING_APPROVAL`);
  await admin.getByRole("link", { name: email }).click();
  await expect(admin.getByRole("heading", { level: 1, name: email })).toBeVisible();
  await expect(admin.getByText("Waiting for approval: cannot sign in yet")).toBeVisible();
}

test.describe("approval before access", () => {
  let admin: Page;
  test.beforeAll(async ({ browser }) => {
    admin = await (await browser.newContext()).newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await setApproval(admin, true);
  });
  test.afterAll(async () => {
    await setApproval(admin, false);
  });

  test("a sign-up waits, the approver is emailed and approves, and the person signs in", async ({
    page,
  }) => {
    const email = freshAddress("approved");
    await signUpAndWait(page, email);
    // Going back tells the application no, and tokens were never issued.
    await page.getByRole("button", { name: "Return to Woodgrove supplier portal" }).click();
    await expect(page).toHaveURL(new RegExp(`^${E2E_STACK.demoUrl}/`));
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();

    const review = await linkFromEmail(E2E_STACK.adminEmail, /http:\/\/\S+status=PENDING_APPROVAL/);
    expect(review).toContain("/t/woodgrove/guest-users");

    // Signing in before the decision comes back to the waiting page.
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next", 2);
    await expect(
      page.getByRole("heading", { level: 1, name: "Your request is with Woodgrove Groceries" }),
    ).toBeVisible();

    await openWaitingUser(admin, email);
    await admin.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(admin.getByText("1 user approved; we emailed them.")).toBeVisible();
    await expect(admin.getByText("Active", { exact: true })).toBeVisible();
    await expect
      .poll(async () => {
        const response = await fetch(
          `${E2E_STACK.fakeResendUrl}/test/emails?to=${encodeURIComponent(email)}`,
        );
        return ((await response.json()) as { subject: string }[]).map((m) => m.subject);
      })
      .toContain("Your account for Woodgrove supplier portal is approved");

    await page.goto(E2E_STACK.demoUrl);
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next", 4);
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Welcome, Wren Waiting" }),
    ).toBeVisible();
  });

  test("a declined sign-up is told why and cannot sign in", async ({ page }) => {
    const email = freshAddress("declined");
    await signUpAndWait(page, email);
    await openWaitingUser(admin, email);
    await admin.getByLabel("Reason for declining (optional)").fill("Registered growers only.");
    await admin.getByRole("button", { name: "Decline", exact: true }).click();
    await expect(admin.getByText("1 user declined; we emailed them.")).toBeVisible();
    await expect(admin.getByText("Registered growers only.")).toBeVisible();

    await page.goto(E2E_STACK.demoUrl);
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next", 3);
    await expect(page.getByRole("heading", { level: 1, name: "We cannot continue" })).toBeVisible();
    await expect(page.getByText("Your request for an account was declined.")).toBeVisible();
  });
});
