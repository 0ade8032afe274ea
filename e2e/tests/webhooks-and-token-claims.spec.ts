import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { expectAccessible } from "../support/accessibility";
import { signInToAdmin } from "../support/admin";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";

interface Received {
  id: string;
  type: string;
  email: string | undefined;
  status: number;
}

/**
 * A CRM's receiver: verifies every request with the secret the portal showed
 * (standardwebhooks, as the spec's own library does), refuses what does not
 * verify, and fails its first `failures` verified requests.
 */
async function startReceiver(failures: number) {
  const received: Received[] = [];
  let secret = "";
  let failing = failures;
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      let event: { type: string; data: { guest?: { email?: string } } };
      try {
        event = new Webhook(secret).verify(
          body,
          request.headers as Record<string, string>,
        ) as typeof event;
      } catch {
        response.writeHead(401).end("signature refused");
        return;
      }
      const status = failing-- > 0 ? 503 : 204;
      received.push({
        id: String(request.headers["webhook-id"]),
        type: event.type,
        email: event.data.guest?.email,
        status,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/crm`,
    received,
    useSecret: (value: string) => (secret = value),
    close: () => server.close(),
  };
}

async function signUpAndAllow(page: Page, email: string, name: string) {
  await startSignUp(page);
  await enterEmailAndCode(page, email, "Send code");
  await answerQuestions(page, { name, business: `${name}'s Pears`, code: "4512" });
  await expect(page.getByRole("heading", { level: 1, name: "Allow access?" })).toBeVisible();
  await page.getByRole("button", { name: "Allow", exact: true }).click();
  await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
}

test.describe("after sign-up: webhooks and token claims", () => {
  test("a CRM receives signed events in order despite failing three times, and the log shows it", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const receiver = await startReceiver(3);
    // A page of its own context: axe checks run only in those.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    try {
      await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
      await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/webhooks`);
      await admin.getByRole("button", { name: "Add endpoint" }).click();
      await expect(admin.getByText("Choose at least one event.")).toBeVisible();
      await admin.getByLabel("Endpoint URL").fill(receiver.url);
      await admin.getByLabel("Description").fill("CRM sync");
      await admin.getByLabel(/^guest\.created/).check();
      await admin.getByLabel(/^guest\.blocked/).check();
      await admin.getByRole("button", { name: "Add endpoint" }).click();
      await expect(admin.getByText(/Endpoint added/)).toBeVisible();
      const secret = await admin.getByLabel("Signing secret (shown once)").inputValue();
      expect(secret).toMatch(/^whsec_/);
      receiver.useSecret(secret);
      await admin.screenshot({ path: "test-results/webhooks-added.png", fullPage: true });

      const email = freshAddress("crm");
      await signUpAndAllow(page, email, "Cora Crm");

      await admin.goto(
        `${E2E_STACK.adminUrl}/t/woodgrove/guest-users?q=${encodeURIComponent(email)}`,
      );
      await admin.getByLabel(`Select ${email}`).check();
      await admin.getByRole("button", { name: "Block selected" }).click();
      await expect(admin.getByText("1 user blocked; their sessions have ended.")).toBeVisible();

      // Three 503s, then both events, each once, in the order they happened.
      await expect
        .poll(() => receiver.received.filter((r) => r.email === email && r.status === 204).length, {
          timeout: 60_000,
        })
        .toBe(2);
      const mine = receiver.received.filter((r) => r.email === email);
      expect(mine.filter((r) => r.status === 503)).toHaveLength(3);
      const delivered = mine.filter((r) => r.status === 204);
      expect(delivered.map((r) => r.type)).toEqual(["guest.created", "guest.blocked"]);
      expect(new Set(mine.slice(0, 4).map((r) => r.id)).size).toBe(1);

      await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/webhooks`);
      await admin.getByRole("link", { name: receiver.url }).click();
      const log = admin.getByRole("table");
      await expect(log.getByRole("row").nth(1)).toContainText("guest.blocked");
      await expect(log.getByRole("row").nth(1)).toContainText("Delivered");
      await expect(log.getByRole("row").nth(2)).toContainText("guest.created");
      await expect(log.getByRole("row").nth(2)).toContainText("204");

      await admin.getByRole("button", { name: "Send test event" }).click();
      await expect(admin.getByText(/Test event queued/)).toBeVisible();
      await expect.poll(() => receiver.received.some((r) => r.type === "webhook.test")).toBe(true);

      // Rotated: the receiver still holding the old secret verifies during the overlap.
      await admin.getByRole("button", { name: "Rotate secret" }).click();
      await admin.getByRole("button", { name: "Make a new secret" }).click();
      await expect(admin.getByLabel("Signing secret (shown once)")).toHaveValue(/^whsec_/);
      await admin.getByRole("button", { name: "Send test event" }).click();
      await expect
        .poll(() => receiver.received.filter((r) => r.type === "webhook.test").length)
        .toBe(2);
      await admin.reload();
      await admin.screenshot({ path: "test-results/webhooks-log.png", fullPage: true });
      await expectAccessible(admin, "webhook endpoint page");
      await admin.getByRole("button", { name: "Delete endpoint" }).click();
      await admin.getByRole("button", { name: "Delete it and its log" }).click();
      await expect(admin).toHaveURL(`${E2E_STACK.adminUrl}/t/woodgrove/webhooks`);
    } finally {
      receiver.close();
      await adminContext.close();
    }
  });

  test("a token issuance connector's claims reach the demo app's ID token", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/api-connectors`);
    await admin.getByLabel("Display name").fill("Supplier tiers");
    await admin.getByLabel("Endpoint URL").fill(`${E2E_STACK.fakeConnectorUrl}/claims`);
    await admin.getByLabel("Username", { exact: true }).fill("guestlist");
    await admin.getByLabel("Password", { exact: true }).fill("connector-e2e-password");
    await admin.getByRole("button", { name: "Add API connector" }).click();
    await expect(admin.getByText("Supplier tiers added.")).toBeVisible();

    await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
    await admin.getByRole("link", { name: FLOW }).click();
    await admin.getByLabel("Before issuing tokens").selectOption({ label: "Supplier tiers" });
    await admin.getByLabel("Claims the token connector may add").fill("SupplierTier sub");
    await admin.getByRole("button", { name: "Save API connectors" }).click();
    await expect(admin.getByText("sub: Guestlist sets this claim itself.")).toBeVisible();
    await admin.getByLabel("Claims the token connector may add").fill("SupplierTier, CustomRoles");
    await admin.getByRole("button", { name: "Save API connectors" }).click();
    await expect(admin.getByText("API connectors saved.")).toBeVisible();

    try {
      await signUpAndAllow(page, freshAddress("tiered"), "Tia Tiered");
      await expect(page.locator('[data-claim="SupplierTier"]')).toHaveText("gold");
      await expect(page.locator('[data-claim="CustomRoles"]')).toHaveText(
        '["Supplier","Reviewer"]',
      );
    } finally {
      await admin.getByLabel("Before issuing tokens").selectOption({ label: "None" });
      await admin.getByLabel("Claims the token connector may add").fill("");
      await admin.getByRole("button", { name: "Save API connectors" }).click();
      await expect(admin.getByText("API connectors saved.")).toBeVisible();
      await admin.close();
    }
  });
});
