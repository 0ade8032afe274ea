import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { offerProviderInFlow, signInToAdmin } from "../support/admin";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

/** At the partner's IdP page: sign in as `email`, asking for a `variant` response, and post it back. */
async function signInAtPartner(page: Page, email: string, variant = "valid") {
  await expect(page.getByRole("heading", { level: 1, name: "Partner sign-in" })).toBeVisible();
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Response").selectOption(variant);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Back to Guestlist" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
}

function claim(page: Page, name: string) {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) })
    .getByRole("cell");
}

test("a partner signs up and in through their SAML IdP; broken responses are refused with a clear message", async ({
  page,
  browser,
}) => {
  const partner = `Partner SAML ${randomBytes(2).toString("hex")}`;
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/identity-providers`);
  await expect(admin.getByRole("link", { name: /\/woodgrove\/saml\/metadata$/ })).toBeVisible();
  const metadata = await (await fetch(`${E2E_STACK.samlIdpUrl}/metadata`)).text();
  await admin.getByLabel("Name people see").fill(partner);
  await admin.getByLabel("Metadata XML").fill(metadata);
  await admin.getByLabel(/Trust this provider/).check();
  await admin.getByRole("button", { name: "Add SAML identity provider" }).click();
  await expect(admin.getByText(`${partner} added.`)).toBeVisible();
  await offerProviderInFlow(admin, partner, true);

  try {
    const email = freshAddress("saml");
    await page.goto(E2E_STACK.demoUrl);
    await page.getByRole("button", { name: "Request your supplier account" }).click();
    await page.getByRole("button", { name: partner }).click();
    await signInAtPartner(page, email);
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    await page.getByLabel("Your name").fill("Sam Partner");
    await page.getByLabel("Business name").fill("Partner Pears");
    await page.getByLabel("Business registration code").fill("4242");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(claim(page, "email")).toHaveText(email);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: partner }).click();
    await signInAtPartner(page, email);
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Sign in" }).click();
    for (const variant of ["tamper", "unsigned", "wrong-audience", "expired", "replay"]) {
      await page.getByRole("button", { name: partner }).click();
      await signInAtPartner(page, email, variant);
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await expect(
        page.getByText(`Signing in with ${partner} did not work. Try again, or choose another way`),
      ).toBeVisible();
    }
  } finally {
    await offerProviderInFlow(admin, partner, false);
  }
});
