import { expect, test, type Page } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";
import { authorizationUrl } from "../support/authorization-url";

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

test.describe("a journey acts only for its own browser", () => {
  test("a form rewritten to name another person's sign-in moves nothing but this browser's page", async ({
    browser,
  }) => {
    const victimContext = await browser.newContext({ javaScriptEnabled: false });
    const victim = await victimContext.newPage();
    await victim.goto(authorizationUrl({ prompt: "create" }).href);
    const victimUid = new URL(victim.url()).pathname.split("/").pop()!;

    const attackerContext = await browser.newContext({ javaScriptEnabled: false });
    const attacker = await attackerContext.newPage();
    await attacker.goto(authorizationUrl({ prompt: "create" }).href);
    const attackerUid = new URL(attacker.url()).pathname.split("/").pop()!;
    // The attacker's own page and cookie, but the form's bound arguments name the victim's journey.
    let rewritten = 0;
    await attacker.route(`${E2E_STACK.hostedUrl}/woodgrove/interaction/${attackerUid}`, (route) => {
      const body = route.request().postData();
      if (route.request().method() !== "POST" || !body?.includes(attackerUid))
        return route.continue();
      rewritten += 1;
      return route.continue({ postData: body.replaceAll(attackerUid, victimUid) });
    });
    const planted = freshAddress("planted");
    await attacker.getByLabel("Email address").fill(planted);
    await attacker.getByRole("button", { name: "Send code" }).click();

    expect(rewritten).toBe(1);
    await victim.reload();
    await expect(
      victim.getByRole("heading", { level: 1, name: "Create your account" }),
    ).toBeVisible();
    const sent = await fetch(
      `${E2E_STACK.fakeResendUrl}/test/emails?to=${encodeURIComponent(planted)}`,
    ).then((response) => response.json() as Promise<unknown[]>);
    expect(sent).toEqual([]);
    await victimContext.close();
    await attackerContext.close();
  });
});
