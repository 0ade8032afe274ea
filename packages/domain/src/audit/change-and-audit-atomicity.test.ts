import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { createApiKey } from "../api-keys/manage-api-keys";
import { createApplication } from "../applications/manage-applications";
import { createUserAttribute } from "../attributes/manage-user-attributes";
import { getPrisma } from "../database/prisma-client";
import { createIdentityProvider } from "../identity-providers/manage-identity-providers";
import { createTenantAsOperator, renameTenant } from "../tenants/manage-tenants";

const prisma = getPrisma();
const MARKER = "AuditMustFail";
let owner: TenantAccess;

beforeAll(async () => {
  const ownerId = (
    await prisma.operator.create({
      data: { email: "atomic-owner@ops.test", displayName: "o", passwordHash: "x" },
    })
  ).id;
  await createTenantAsOperator(prisma, ownerId, { slug: "atomic", name: "Atomic" });
  owner = await tenantAccess(prisma, ownerId, "atomic");
  // From here on, recording any change that mentions the marker fails, as a full disk or a
  // broken audit table would.
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION refuse_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.details::text LIKE '%${MARKER}%' THEN
        RAISE EXCEPTION 'audit log unavailable';
      END IF;
      RETURN NEW;
    END $$`);
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER refuse_marked_audit BEFORE INSERT ON "AuditEvent"
       FOR EACH ROW EXECUTE FUNCTION refuse_marked_audit()`,
  );
});
afterAll(() => prisma.$disconnect());

describe("an admin change and its audit record commit together", () => {
  it("so when the audit record cannot be written, the change does not happen", async () => {
    const tenantId = owner.tenant.id;
    const key = randomBytes(32).toString("base64");
    await expect(
      createUserAttribute(prisma, owner, { name: MARKER, dataType: "STRING", description: "" }),
    ).rejects.toThrow();
    expect(await prisma.userAttribute.count({ where: { tenantId, name: MARKER } })).toBe(0);

    await expect(
      createApplication(prisma, owner, {
        name: `${MARKER} app`,
        type: "PUBLIC",
        redirectUris: ["https://app.example/callback"],
        postLogoutRedirectUris: [],
        userFlowId: null,
      }),
    ).rejects.toThrow();
    expect(await prisma.application.count({ where: { tenantId } })).toBe(0);

    await expect(
      createIdentityProvider(prisma, owner, key, {
        type: "OIDC",
        displayName: `${MARKER} IdP`,
        enabled: true,
        issuer: "https://idp.example",
        clientId: "client",
        clientSecret: "secret",
      }),
    ).rejects.toThrow();
    expect(await prisma.identityProvider.count({ where: { tenantId, type: "OIDC" } })).toBe(0);

    await expect(
      createApiKey(prisma, owner, { name: `${MARKER} key`, role: "READER", expiresInDays: null }),
    ).rejects.toThrow();
    expect(await prisma.apiKey.count({ where: { tenantId } })).toBe(0);

    await expect(
      createTenantAsOperator(prisma, owner.actor.id!, { slug: "atomic-two", name: MARKER }),
    ).rejects.toThrow();
    expect(await prisma.tenant.count({ where: { slug: "atomic-two" } })).toBe(0);

    await expect(renameTenant(prisma, owner, { name: MARKER })).rejects.toThrow();
    expect((await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } })).name).toBe(
      "Atomic",
    );
  });
});
