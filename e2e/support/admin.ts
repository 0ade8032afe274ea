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
