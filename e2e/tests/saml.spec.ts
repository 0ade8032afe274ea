import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { offerProviderInFlow, signInToAdmin } from "../support/admin";
import { DEMO_CALLBACK, authorizationUrl } from "../support/authorization-url";
import { sql } from "../support/database";
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

test("an address at a partner's domain goes to the partner's IdP (HTTP-POST binding), with and without JavaScript", async ({
  page,
  browser,
}) => {
  const suffix = randomBytes(3).toString("hex");
  const partner = `Pear Partners ${suffix}`;
  const domain = `pears-${suffix}.example`;
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/identity-providers`);
  const metadata = await (await fetch(`${E2E_STACK.samlIdpUrl}/post-idp/metadata`)).text();
  const adding = admin.locator("form").filter({ hasText: "Add SAML identity provider" });
  await adding.getByLabel("Name people see").fill(partner);
  await adding.getByLabel("Metadata XML").fill(metadata);
  await adding.getByLabel(/Trust this provider/).check();
  await adding.getByRole("button", { name: "Add SAML identity provider" }).click();
  await expect(admin.getByText(`${partner} added.`)).toBeVisible();

  // The partner's domain, set when editing the provider.
  await admin.getByRole("button", { name: `Edit ${partner}` }).click();
  const editing = admin.getByRole("listitem").filter({ hasText: partner });
  await expect(editing.getByText("(HTTP-POST)")).toBeVisible();
  await editing.getByLabel("Partner email domains").fill(`${domain}\nnot a domain`);
  await editing.getByRole("button", { name: "Save" }).click();
  await expect(editing.getByText("Enter domains like contoso.com, one per line.")).toBeVisible();
  await editing.getByLabel("Partner email domains").fill(domain);
  await editing.getByRole("button", { name: "Save" }).click();
  await expect(editing.getByText(`SAML 2.0 · enabled · for ${domain}`)).toBeVisible();
  await offerProviderInFlow(admin, partner, true);

  try {
    const email = `sam.${suffix}@${domain}`;
    await page.goto(E2E_STACK.demoUrl);
    await page.getByRole("button", { name: "Request your supplier account" }).click();
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Next" }).click();
    // With JavaScript the AuthnRequest is posted at once; the partner asks who it is.
    await signInAtPartner(page, email);
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    await page.getByLabel("Your name").fill("Sam Pear");
    await page.getByLabel("Business name").fill("Pear Partners");
    await page.getByLabel("Business registration code").fill("5150");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    await expect(claim(page, "email")).toHaveText(email);

    // Without JavaScript: the same address, a button to continue to the partner, and back.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    const request = authorizationUrl();
    await plain.goto(request.href);
    await plain.getByLabel("Email address").fill(email.toUpperCase());
    await plain.getByRole("button", { name: "Next" }).click();
    await expect(
      plain.getByRole("heading", { level: 1, name: `Continue to ${partner}` }),
    ).toBeVisible();
    await plain.getByRole("button", { name: "Continue" }).click();
    await plain.getByLabel("Work email").fill(email);
    await plain.getByRole("button", { name: "Sign in" }).click();
    const arrival = plain.waitForRequest((sent) => sent.url().startsWith(DEMO_CALLBACK));
    await plain.getByRole("button", { name: "Continue" }).click();
    const callback = new URL((await arrival).url());
    expect(callback.searchParams.get("code")).toBeTruthy();
    expect(callback.searchParams.get("state")).toBe(request.searchParams.get("state"));
    await context.close();

    // No code is sent to the partner's addresses, whichever way is asked for.
    const { rows } = await sql(`SELECT count(*)::int AS sent FROM "EmailMessage" WHERE "to" = $1`, [
      email,
    ]);
    expect(rows).toEqual([{ sent: 0 }]);
  } finally {
    await offerProviderInFlow(admin, partner, false);
  }
});
