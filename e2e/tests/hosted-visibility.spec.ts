import { expect, test, type Locator, type Page } from "@playwright/test";
import { authorizationUrl } from "../support/authorization-url";
import { codeFromEmail, freshAddress } from "../support/mailbox";

/** Parses `rgb(...)`/`rgba(...)` as the browser reports computed colours. */
function rgba(colour: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * What a person sees of a primary button: a box of some size, a filled
 * background, and text that stands out from it (WCAG AA for its size, 4.5:1).
 */
async function expectVisiblePrimary(button: Locator) {
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box!.width).toBeGreaterThan(40);
  expect(box!.height).toBeGreaterThan(20);
  const { background, colour } = await button.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, colour: style.color };
  });
  const fill = rgba(background);
  expect(fill[3], `${background} is transparent`).toBeGreaterThan(0.9);
  const [light, dark] = [luminance(fill), luminance(rgba(colour))].sort((a, b) => b - a);
  expect((light! + 0.05) / (dark! + 0.05)).toBeGreaterThanOrEqual(4.5);
}

function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`every step's primary button can be seen after in-page navigation (${viewport.name}, JavaScript on)`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const violations = cspViolations(page);
    const email = freshAddress(`visible-${viewport.name}`);

    await page.goto(authorizationUrl().href);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectVisiblePrimary(page.getByRole("button", { name: "Next" }));
    // "Create one" is the first in-page step; every page after it arrives by client-side navigation.
    await page.getByRole("button", { name: "Create one" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Create your account" }),
    ).toBeVisible();
    await expectVisiblePrimary(page.getByRole("button", { name: "Send code" }));
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send code" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expectVisiblePrimary(page.getByRole("button", { name: "Verify" }));
    await page.getByLabel("Verification code").fill(await codeFromEmail(email));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
    await expectVisiblePrimary(page.getByRole("button", { name: "Continue" }));
    await page.screenshot({ path: test.info().outputPath(`about-you-${viewport.name}.png`) });

    expect(violations).toEqual([]);
    await context.close();
  });
}
