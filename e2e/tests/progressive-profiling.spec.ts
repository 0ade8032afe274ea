import { expect, test, type Page } from "@playwright/test";
import { signInToAdmin } from "../support/admin";
import { sql } from "../support/database";
import { answerQuestions, enterEmailAndCode, startSignUp } from "../support/demo-journey";
import { freshAddress } from "../support/mailbox";
import { E2E_STACK } from "../support/stack";

const FLOW = "Woodgrove supplier sign-up";

async function askMissing(admin: Page, on: boolean) {
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await admin.getByRole("link", { name: FLOW }).click();
  await admin.getByLabel("Ask returning people for new required answers").setChecked(on);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("User flow saved.")).toBeVisible();
}

/** A required question added to the flow after people signed up (as the layout editor would). */
async function addRequiredCityQuestion(add: boolean) {
  if (!add) {
    await sql(`DELETE FROM "UserFlowAttribute" WHERE label = 'Your city (new)'`);
    return;
  }
  await sql(
    `INSERT INTO "UserFlowAttribute" (id, "tenantId", "userFlowId", "userAttributeId", position, label, required)
     SELECT gen_random_uuid(), f."tenantId", f.id, a.id, 50, 'Your city (new)', true
       FROM "UserFlow" f JOIN "UserAttribute" a ON a."tenantId" = f."tenantId" AND a.name = 'city'
      WHERE f.name = $1`,
    [FLOW],
  );
}

test("a returning supplier answers only the required question added since they signed up", async ({
  page,
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signInToAdmin(admin, E2E_STACK.adminEmail, E2E_STACK.adminPassword);
  const email = freshAddress("profile");
  await startSignUp(page);
  await enterEmailAndCode(page, email, "Send code");
  await answerQuestions(page, { name: "Priya Profile", business: "Priya's Produce", code: "6060" });
  await page.getByRole("button", { name: "Allow", exact: true }).click();
  await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);

  await addRequiredCityQuestion(true);
  await askMissing(admin, true);
  try {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterEmailAndCode(page, email, "Next", 2);
    await expect(page.getByRole("heading", { level: 1, name: "A few more details" })).toBeVisible();
    await expect(page.getByLabel("Business name")).toHaveCount(0);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText(/Enter your city/i).first()).toBeVisible();
    await page.getByLabel("Your city (new)").fill("Bergen");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(`${E2E_STACK.demoUrl}/portal`);
    const { rows } = await sql(`SELECT city FROM "GuestUser" WHERE email = $1`, [email]);
    expect(rows[0]).toEqual({ city: "Bergen" });
  } finally {
    await askMissing(admin, false);
    await addRequiredCityQuestion(false);
  }
});
