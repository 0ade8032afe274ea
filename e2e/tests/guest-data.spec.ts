import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { tablesMentioning } from "../support/database";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

test("an admin downloads a guest's data, then erases them: no row names them anywhere", async ({
  page,
  browser,
}) => {
  const email = freshAddress("erase");
  await startSignUp(page);
  await enterEmailAndCode(page, email, "Send code");
  await answerQuestions(page, { name: "Ezra Erased", business: "Ezra Exports", code: "5150" });
  await page.getByRole("button", { name: "Allow", exact: true }).click();
  await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
  expect((await tablesMentioning(email)).length).toBeGreaterThan(0);

  const admin = await (await browser.newContext()).newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/guest-users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email }).click();
  const [download] = await Promise.all([
    admin.waitForEvent("download"),
    admin.getByRole("link", { name: "Download their data" }).click(),
  ]);
  const data = JSON.parse(await readFile(await download.path(), "utf8")) as {
    profile: { email: string; displayName: string };
    consents: unknown[];
  };
  expect(data.profile).toMatchObject({ email, displayName: "Ezra Erased" });
  expect(data.consents).toHaveLength(1);

  await admin.getByRole("button", { name: "Delete user" }).click();
  await admin.getByRole("button", { name: `Delete ${email} for good` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Guest users" })).toBeVisible();
  expect(await tablesMentioning(email)).toEqual([]);
  expect(await tablesMentioning("Ezra Exports")).toEqual([]);
});
