import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

test.describe("guest users in the admin portal", () => {
  test("an admin finds a new supplier, edits them, exports the list and blocks them; the supplier then cannot sign in", async ({
    page,
    browser,
  }) => {
    const email = freshAddress("directory");
    await startSignUp(page);
    await enterEmailAndCode(page, email, "Send code");
    await answerQuestions(page, { name: "Dana Directory", business: "Dana's Dates", code: "7001" });
    await page.getByRole("button", { name: "Allow", exact: true }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);

    const admin = await browser.newPage();
    await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/guest-users`);
    await expect(admin.getByRole("heading", { level: 1, name: "Guest users" })).toBeVisible();

    // Search: by email prefix, then by a custom attribute's value.
    await admin.getByLabel("Search").fill(email.slice(0, 12));
    await admin.getByRole("button", { name: "Search" }).click();
    await expect(admin.getByRole("link", { name: email })).toBeVisible();
    await admin.getByLabel("Search").fill("");
    await admin.getByLabel("Attribute", { exact: true }).selectOption("BusinessRegistrationCode");
    await admin.getByLabel("Attribute value").fill("7001");
    await admin.getByRole("button", { name: "Search" }).click();
    await expect(admin.getByRole("link", { name: email })).toBeVisible();
    await expect(admin.getByRole("row")).toHaveCount(2);

    // The user's page: typed edit, with a wrong type refused on its field.
    await admin.getByRole("link", { name: email }).click();
    await expect(admin.getByRole("heading", { level: 1, name: email })).toBeVisible();
    await expect(admin.getByText("Woodgrove supplier sign-up", { exact: true })).toBeVisible();
    await admin.getByLabel("BusinessRegistrationCode").fill("seventy");
    await admin.getByRole("button", { name: "Save attributes" }).click();
    await expect(admin.getByText("Enter a whole number.")).toBeVisible();
    await expect(admin.getByLabel("BusinessRegistrationCode")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await admin.getByLabel("BusinessRegistrationCode").fill("7002");
    await admin.getByLabel("city", { exact: true }).fill("Reykjavik");
    await admin.getByRole("button", { name: "Save attributes" }).click();
    await expect(admin.getByText("Attributes saved.")).toBeVisible();
    await admin.reload();
    await expect(admin.getByLabel("city", { exact: true })).toHaveValue("Reykjavik");
    await expect(admin.getByText("guestUser.updated by operator")).toBeVisible();

    // Export the filtered list as CSV.
    await admin.goto(
      `${E2E_STACK.adminUrl}/t/woodgrove/guest-users?q=${encodeURIComponent(email)}`,
    );
    const downloading = admin.waitForEvent("download");
    await admin.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("guest-users-woodgrove.csv");
    const csv = fs.readFileSync(await download.path(), "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("attributes.BusinessRegistrationCode");
    expect(lines[1]).toContain(email);
    expect(lines[1]).toContain("Reykjavik");
    expect(lines[1]).toContain("7002");

    // Block: from the list, with the bulk action.
    await admin.getByLabel(`Select ${email}`).check();
    await admin.getByRole("button", { name: "Block selected" }).click();
    await expect(admin.getByText("1 user blocked; their sessions have ended.")).toBeVisible();
    await expect(admin.getByRole("row").nth(1)).toContainText("Blocked");

    // The supplier signs out (blocking ended their hosted session, so no confirmation is
    // asked), then cannot sign back in.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next", 2);
    await expect(page.getByText("Your account is blocked.")).toBeVisible();
    await expect(page).not.toHaveURL(`${E2E_STACK.demoUrl}/portal`);

    // Unblocked from their page, they can sign in again.
    await admin.getByRole("link", { name: email }).click();
    await admin.getByRole("button", { name: "Unblock" }).click();
    await expect(admin.getByText("1 user unblocked.")).toBeVisible();
    await page.goto(E2E_STACK.demoUrl);
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next", 3);
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);

    // Deleted, with confirmation, they are gone from the directory.
    await admin.getByRole("button", { name: "Delete user" }).click();
    await admin.getByRole("button", { name: `Delete ${email} for good` }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Guest users" })).toBeVisible();
    await admin.goto(
      `${E2E_STACK.adminUrl}/t/woodgrove/guest-users?q=${encodeURIComponent(email)}`,
    );
    await expect(admin.getByText("No guest users match.")).toBeVisible();
  });

  test("an owner creates an API key, a script uses it, and a revoked key stops working", async ({
    page,
    request,
  }) => {
    await signInToAdmin(page, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
    await page.goto(`${E2E_STACK.adminUrl}/t/woodgrove/api-keys`);
    await page.getByLabel("Name").fill("e2e script");
    await page.getByLabel("Role").selectOption({ label: "Reader" });
    await page.getByRole("button", { name: "Create key" }).click();
    const key = await page.getByLabel("Your new key (shown once)").inputValue();
    expect(key).toMatch(/^gl_/);

    const flows = await request.get(`${E2E_STACK.adminUrl}/api/v1/user-flows`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(flows.status()).toBe(200);
    expect((await flows.json()).items.map((flow: { name: string }) => flow.name)).toContain(
      "Woodgrove supplier sign-up",
    );
    const forbidden = await request.post(`${E2E_STACK.adminUrl}/api/v1/user-attributes`, {
      headers: { authorization: `Bearer ${key}` },
      data: { name: "Nope", dataType: "STRING" },
    });
    expect(forbidden.status()).toBe(403);

    await page.reload();
    const row = page.getByRole("row").filter({ hasText: "e2e script" });
    await expect(row).toContainText("Reader");
    await row.getByRole("button", { name: "Revoke" }).click();
    await row.getByRole("button", { name: "Revoke e2e script" }).click();
    await expect(page.getByText("Key revoked; requests with it now fail.")).toBeVisible();
    const revoked = await request.get(`${E2E_STACK.adminUrl}/api/v1/user-flows`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(revoked.status()).toBe(401);

    await page.goto(`${E2E_STACK.adminUrl}/api-docs`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Guestlist admin API" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Guest users" })).toBeVisible();
    const document = await request.get(`${E2E_STACK.adminUrl}/api/v1/openapi.json`);
    expect((await document.json()).openapi).toBe("3.1.0");
  });
});
