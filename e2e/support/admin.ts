import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { sql } from "./database";
import { E2E_STACK } from "./stack";

export async function signInToAdmin(page: Page, email: string, password: string) {
  await page.goto(`${E2E_STACK.adminUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your tenants" })).toBeVisible();
}

/** An operator with a role in one tenant, made directly in the database (invitations are not built yet). */
export async function createOperator(
  email: string,
  password: string,
  tenantSlug: string,
  role: string,
) {
  const passwordHash = await hash(password, {
    algorithm: 2,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  const { rows } = await sql(
    `INSERT INTO "Operator" (id, email, "displayName", "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, $1, $2, now()) RETURNING id`,
    [email, passwordHash],
  );
  await sql(
    `INSERT INTO "TenantMembership" (id, "tenantId", "operatorId", role, "updatedAt")
     SELECT gen_random_uuid(), t.id, $1, $2::"TenantRole", now() FROM "Tenant" t WHERE t.slug = $3`,
    [rows[0].id, role, tenantSlug],
  );
}

/** Ticks or unticks an identity provider in the demo tenant's user flow. */
export async function offerProviderInFlow(admin: Page, name: string, offered: boolean) {
  const flow = "Woodgrove supplier sign-up";
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/user-flows`);
  await admin.getByRole("link", { name: flow }).click();
  await expect(admin.getByRole("heading", { level: 1, name: flow })).toBeVisible();
  await admin
    .getByRole("group", { name: "Identity providers" })
    .getByLabel(name)
    .setChecked(offered);
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("User flow saved.")).toBeVisible();
}

/** The demo tenant's Email and password provider, added once. */
export async function ensurePasswordProvider(admin: Page): Promise<string> {
  const name = "Email and password";
  await admin.goto(`${E2E_STACK.adminUrl}/t/woodgrove/identity-providers`);
  if (!(await admin.getByRole("button", { name: `Edit ${name}`, exact: true }).isVisible())) {
    await admin.getByLabel("Kind").selectOption({ label: name });
    await admin.getByLabel("Display name").fill(name);
    await admin.getByRole("button", { name: "Add identity provider" }).click();
    await expect(admin.getByText(`${name} added.`)).toBeVisible();
  }
  return name;
}
