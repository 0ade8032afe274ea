import { expect, test, type Page } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

/** Everything the browser reports about the page breaking its Content-Security-Policy. */
function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

test.describe("security in a real browser", () => {
  test("a whole sign-up with JavaScript runs under the strict CSP without a single violation", async ({
    page,
  }) => {
    const violations = collectCspViolations(page);
    const pageResponses: Record<string, string | null>[] = [];
    page.on("response", (response) => {
      if (
        response.request().resourceType() === "document" &&
        response.url().startsWith(E2E_STACK.hostedUrl)
      )
        pageResponses.push(response.headers());
    });

    await startSignUp(page);
    await enterEmailAndCode(page, freshAddress("csp"), "Send code");
    await answerQuestions(page, { name: "Cass Policy", business: "Strict Scripts", code: "123" });
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`^${E2E_STACK.demoUrl}`));

    expect(violations).toEqual([]);
    expect(pageResponses.length).toBeGreaterThan(0);
    for (const headers of pageResponses) {
      expect(headers["content-security-policy"]).toContain("'strict-dynamic'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"]).toBe("DENY");
    }
  });

  test("the admin portal runs under its CSP, and refuses a form posted from another site", async ({
    page,
    request,
  }) => {
    const violations = collectCspViolations(page);
    await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await page.goto(`${E2E_STACK.adminUrl}/t/woodgrove/attributes`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);

    const forged = await request.post(`${E2E_STACK.adminUrl}/t/woodgrove/attributes`, {
      headers: { origin: "https://attacker.example", "content-type": "text/plain" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
  });

  test("a hosted page cannot be framed by another site", async ({ page }) => {
    await page.setContent(
      `<iframe id="victim" src="${E2E_STACK.hostedUrl}/woodgrove/.well-known/openid-configuration"></iframe>`,
    );
    const frame = page.frameLocator("#victim");
    await expect(frame.locator("body")).not.toContainText("issuer", { timeout: 3000 });
  });
});
