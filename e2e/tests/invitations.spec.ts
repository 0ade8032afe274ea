import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { sql } from "../support/database";
import { enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { codeFromEmail, freshAddress, linkFromEmail } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";
const APP = "Woodgrove supplier portal";
const INVITATION_LINK = /http:\/\/\S+\/woodgrove\/invitations\/[A-Za-z0-9_-]{43}/;

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  return page;
}

async function setInvitationOnly(admin: Page, on: boolean) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await admin.getByRole("link", { name: FLOW }).click();
  await admin.getByLabel("Invited people only").setChecked(on);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("User flow saved.")).toBeVisible();
}

async function invite(admin: Page, email: string, business?: string) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/invitations`);
  await admin.getByLabel("Email address").fill(email);
  await admin.getByLabel("Application").first().selectOption({ label: APP });
  await admin.getByLabel("Personal message (optional)").first().fill("Welcome to our suppliers.");
  if (business) {
    await admin.getByRole("button", { name: "Add a value" }).click();
    await admin.getByLabel("Attribute").selectOption("BusinessName");
    await admin.getByLabel("Value").fill(business);
  }
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText(`Invitation sent to ${email}.`)).toBeVisible();
}

function invitationRow(admin: Page, email: string) {
  return admin.getByRole("row").filter({ hasText: email });
}

test.describe("guest invitations", () => {
  let admin: Page;
  test.beforeAll(async ({ browser }) => {
    admin = await adminPage(browser);
    await setInvitationOnly(admin, true);
  });
  test.afterAll(async () => {
    await setInvitationOnly(admin, false);
  });

  test("an invited supplier signs up on an invitation-only flow from the email's link", async ({
    browser,
  }) => {
    const email = freshAddress("invited");
    await invite(admin, email, "Preset Produce Ltd");
    await expect(invitationRow(admin, email)).toContainText("Pending");
    const link = await linkFromEmail(email, INVITATION_LINK);

    // The invited person's own browser: the link sends them to the app, which starts the sign-in.
    const page = await (await browser.newContext()).newPage();
    await page.goto(link);
    await expect(
      page.getByRole("heading", { level: 1, name: "Create your account" }),
    ).toBeVisible();
    const address = page.getByLabel("Email address");
    await expect(address).toHaveValue(email);
    await expect(address).toHaveAttribute("readonly", "");
    await page.getByRole("button", { name: "Send code" }).click();
    // The invitation was the first email to this address; the code is the second.
    await page.getByLabel("Verification code").fill(await codeFromEmail(email, 2));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    await expect(page.getByLabel("Business name")).toHaveValue("Preset Produce Ltd");
    await page.getByLabel("Your name").fill("Ivy Invited");
    await page.getByLabel("Business registration code").fill("7781");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Welcome, Ivy Invited" }),
    ).toBeVisible();

    await admin.goto(
      `${E2E_STACK.adminUrl}/t/woodgrove/invitations?q=${encodeURIComponent(email)}`,
    );
    await expect(invitationRow(admin, email)).toContainText("Accepted");
    // A second look at the same link: used up, it says so.
    await page.goto(link);
    await expect(
      page.getByRole("heading", { level: 1, name: "This invitation was already accepted" }),
    ).toBeVisible();
  });

  test("a stranger cannot sign up on an invitation-only flow", async ({ page }) => {
    const email = freshAddress("stranger");
    await startSignUp(page);
    await expect(page.getByText(`${APP} is by invitation only.`)).toBeVisible();
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next");
    await expect(page.getByRole("heading", { level: 1, name: "We cannot continue" })).toBeVisible();
    await expect(page.getByText("this application is by invitation only")).toBeVisible();
    const { rows } = await sql(`SELECT count(*)::int AS n FROM "GuestUser" WHERE email = $1`, [
      email,
    ]);
    expect(rows[0].n).toBe(0);
  });

  test("revoked and expired links say so and open nothing", async ({ page }) => {
    const revoked = freshAddress("revoked");
    await invite(admin, revoked);
    const revokedLink = await linkFromEmail(revoked, INVITATION_LINK);
    const row = invitationRow(admin, revoked);
    await row.getByRole("button", { name: "Revoke", exact: true }).click();
    await row.getByRole("button", { name: `Revoke the invitation to ${revoked}` }).click();
    await expect(admin.getByText(`Invitation for ${revoked} revoked.`)).toBeVisible();
    await expect(invitationRow(admin, revoked)).toContainText("Revoked");
    await page.goto(revokedLink);
    await expect(
      page.getByRole("heading", { level: 1, name: "This invitation was withdrawn" }),
    ).toBeVisible();

    const expired = freshAddress("expired");
    await invite(admin, expired);
    const expiredLink = await linkFromEmail(expired, INVITATION_LINK);
    await sql(
      `UPDATE "GuestInvitation" SET "expiresAt" = now() - interval '1 minute' WHERE email = $1`,
      [expired],
    );
    await page.goto(expiredLink);
    await expect(
      page.getByRole("heading", { level: 1, name: "This invitation has expired" }),
    ).toBeVisible();
    // Without a valid invitation, the address cannot get an account.
    await page.goto(E2E_STACK.demoUrl);
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, expired, "Next", 2);
    await expect(page.getByText("this application is by invitation only")).toBeVisible();
  });
});
