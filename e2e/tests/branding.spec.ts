import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "../support/accessibility";
import { signInToAdmin } from "../support/admin";
import { authorizationUrl } from "../support/authorization-url";
import { codeFromEmail, freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const LOGO = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40">
  <rect width="40" height="40" rx="8" fill="#0f766e"/>
  <text x="50" y="28" font-family="sans-serif" font-size="22" font-weight="bold" fill="#0f766e">Woodgrove</text>
</svg>`,
);
const FAVICON = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#0f766e"/></svg>`,
);

async function expectBranded(page: Page, step: string, primaryButton: string) {
  await expect(page.getByRole("img", { name: "Woodgrove Suppliers" })).toBeVisible();
  // rgb(15, 118, 110) is #0f766e: the primary button takes the brand colour.
  await expect(page.getByRole("button", { name: primaryButton, exact: true })).toHaveCSS(
    "background-color",
    "rgb(15, 118, 110)",
  );
  // #f0fdfa behind the card; the custom stylesheet's thicker card border.
  await expect(page.locator(".tenant-frame")).toHaveCSS("background-color", "rgb(240, 253, 250)");
  await expect(page.locator("main")).toHaveCSS("border-top-width", "3px");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
    "href",
    /\/favicon\/[0-9a-f]{64}$/,
  );
  await page.screenshot({ path: test.info().outputPath(`${step}.png`), fullPage: true });
}

test("an admin brands the sign-in pages with a logo, favicon, colours and CSS, seen on every step; unreadable colours and CSS that fetches elsewhere are refused", async ({
  page,
  browser,
}) => {
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/settings`);
  const branding = admin.getByRole("region", { name: "Branding" });
  await branding.getByLabel("Brand colour").fill("#fde68a");
  await branding.getByRole("button", { name: "Save branding" }).click();
  await expect(branding.getByText(/White text on this colour is hard to read/)).toBeVisible();

  try {
    await branding.getByLabel("Name on the sign-in pages").fill("Woodgrove Suppliers");
    await branding.getByLabel("Brand colour").fill("#0f766e");
    await branding.getByLabel("Page background").fill("#1e293b");
    await branding.getByRole("button", { name: "Save branding" }).click();
    await expect(branding.getByText(/dark text is hard to read on this colour/)).toBeVisible();
    await branding.getByLabel("Page background").fill("#f0fdfa");
    await branding
      .getByLabel("Custom CSS")
      .fill("main { background: url(https://tracker.test/p.gif) }");
    await branding.getByRole("button", { name: "Save branding" }).click();
    await expect(branding.getByText(/url\(\) is not allowed/)).toBeVisible();
    await branding
      .getByLabel("Custom CSS")
      .fill("main { border-width: 3px; border-color: #0f766e }");
    await branding.getByRole("button", { name: "Save branding" }).click();
    await expect(branding.getByText("Branding saved. The sign-in pages use it now.")).toBeVisible();

    await branding.getByLabel("Logo", { exact: true }).setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: Buffer.from("this is not a picture"),
    });
    await branding.getByRole("button", { name: "Upload logo" }).click();
    await expect(branding.getByText(/A logo must be PNG, JPEG, GIF, WEBP, SVG/)).toBeVisible();
    await branding.getByLabel("Logo", { exact: true }).setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: LOGO,
    });
    await branding.getByRole("button", { name: "Upload logo" }).click();
    await expect(branding.getByRole("img", { name: "Current logo" })).toBeVisible();
    await branding.getByLabel("Favicon", { exact: true }).setInputFiles({
      name: "favicon.svg",
      mimeType: "image/svg+xml",
      buffer: FAVICON,
    });
    await branding.getByRole("button", { name: "Upload favicon" }).click();
    await expect(branding.getByRole("img", { name: "Current favicon" })).toBeVisible();
    await admin.screenshot({ path: test.info().outputPath("admin-branding.png"), fullPage: true });

    await page.goto(authorizationUrl({ prompt: "create" }).href);
    await expect(
      page.getByRole("heading", { level: 1, name: "Create your account" }),
    ).toBeVisible();
    await expectBranded(page, "sign-up", "Send code");
    await expectAccessible(page, "branded sign-up");
    const logo = await page.request.get(
      new URL(
        (await page.getByRole("img", { name: "Woodgrove Suppliers" }).getAttribute("src"))!,
        page.url(),
      ).href,
    );
    expect(logo.headers()).toMatchObject({
      "content-type": "image/svg+xml",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    expect(logo.headers()["content-security-policy"]).toContain("sandbox");

    const email = freshAddress("branded");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send code" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expectBranded(page, "code", "Verify");
    await page.getByLabel("Verification code").fill(await codeFromEmail(email));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectBranded(page, "about-you-phone", "Continue");
  } finally {
    await branding.getByLabel("Name on the sign-in pages").fill("");
    await branding.getByLabel("Brand colour").fill("");
    await branding.getByLabel("Page background").fill("");
    await branding.getByLabel("Custom CSS").fill("");
    await branding.getByRole("button", { name: "Save branding" }).click();
    await expect(branding.getByText("Branding saved. The sign-in pages use it now.")).toBeVisible();
    for (const name of ["Remove logo", "Remove favicon"]) {
      const remove = branding.getByRole("button", { name });
      if (await remove.isVisible()) await remove.click();
    }
  }
});

test("an application's own colour and logo show on its sign-in pages, over the tenant's", async ({
  page,
  browser,
}) => {
  const admin = await browser.newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/applications`);
  await admin.getByRole("link", { name: "Woodgrove supplier portal", exact: true }).click();
  const branding = admin.getByRole("region", { name: "Branding" });
  await branding.getByLabel("Brand colour").fill("#fde68a");
  await branding.getByRole("button", { name: "Save the application's branding" }).click();
  await expect(branding.getByText(/White text on this colour is hard to read/)).toBeVisible();
  try {
    await branding.getByLabel("Name on the sign-in pages").fill("Supplier Portal");
    await branding.getByLabel("Brand colour").fill("#9d174d");
    await branding.getByRole("button", { name: "Save the application's branding" }).click();
    await expect(branding.getByText(/This application's sign-in pages use it now/)).toBeVisible();
    await branding.getByLabel("Logo", { exact: true }).setInputFiles({
      name: "portal.svg",
      mimeType: "image/svg+xml",
      buffer: LOGO,
    });
    await branding.getByRole("button", { name: "Upload logo" }).click();
    await expect(branding.getByRole("img", { name: "Current logo" })).toBeVisible();

    await page.goto(authorizationUrl({ prompt: "create" }).href);
    await expect(
      page.getByRole("heading", { level: 1, name: "Create your account" }),
    ).toBeVisible();
    await expect(page.getByRole("img", { name: "Supplier Portal" })).toBeVisible();
    // rgb(157, 23, 77) is #9d174d, the application's colour.
    await expect(page.getByRole("button", { name: "Send code", exact: true })).toHaveCSS(
      "background-color",
      "rgb(157, 23, 77)",
    );
    await page.screenshot({ path: test.info().outputPath("application-branded.png") });
  } finally {
    await branding.getByLabel("Name on the sign-in pages").fill("");
    await branding.getByLabel("Brand colour").fill("");
    await branding.getByRole("button", { name: "Save the application's branding" }).click();
    await expect(branding.getByText(/This application's sign-in pages use it now/)).toBeVisible();
    const remove = branding.getByRole("button", { name: "Remove logo" });
    if (await remove.isVisible()) await remove.click();
  }
});
