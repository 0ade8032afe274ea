import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../crypto/password-hash";
import { getPrisma } from "../database/prisma-client";
import { DEMO_CLIENT_ID, DEMO_TENANT_SLUG, seedDemo } from "./seed-demo";

const prisma = getPrisma();
afterAll(() => prisma.$disconnect());

const options = {
  adminEmail: "Admin@Woodgrove.test",
  demoUrl: "http://localhost:3002/",
  demoClientSecret: "first-secret",
};

describe("seedDemo", () => {
  it("creates the administrator, the woodgrove tenant, its flow and the demo application", async () => {
    const result = await seedDemo(prisma, options);
    expect(result).toMatchObject({
      adminEmail: "admin@woodgrove.test",
      tenantSlug: "woodgrove",
      demoClientId: DEMO_CLIENT_ID,
    });
    expect(result.generatedAdminPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);

    const operator = await prisma.operator.findUniqueOrThrow({
      where: { email: "admin@woodgrove.test" },
      include: { memberships: { include: { tenant: true } } },
    });
    expect(await verifyPassword(operator.passwordHash!, result.generatedAdminPassword!)).toBe(true);
    expect(operator.memberships.map((m) => [m.tenant.slug, m.role])).toEqual([
      ["woodgrove", "OWNER"],
    ]);

    const tenant = await prisma.tenant.findUniqueOrThrow({
      where: { slug: DEMO_TENANT_SLUG },
      include: { identityProviders: true, userAttributes: true },
    });
    expect(tenant.selfServiceSignUpEnabled).toBe(true);
    expect(tenant.extensionAppId).toMatch(/^[0-9a-f]{32}$/);
    expect(tenant.identityProviders.map((idp) => idp.type)).toEqual(["EMAIL_OTP"]);
    const custom = tenant.userAttributes.filter((a) => !a.builtIn).map((a) => [a.name, a.dataType]);
    expect(custom.sort()).toEqual([
      ["BusinessName", "STRING"],
      ["BusinessRegistrationCode", "INTEGER"],
      ["Phone", "STRING"],
    ]);
    expect(tenant.userAttributes.filter((a) => a.builtIn)).toHaveLength(10);

    const app = await prisma.application.findUniqueOrThrow({
      where: { clientId: DEMO_CLIENT_ID },
      include: {
        userFlow: {
          include: {
            attributes: { include: { userAttribute: true }, orderBy: { position: "asc" } },
            identityProviders: true,
          },
        },
      },
    });
    expect(app.tenantId).toBe(tenant.id);
    expect(app.redirectUris).toEqual(["http://localhost:3002/api/auth/callback/guestlist"]);
    expect(app.postLogoutRedirectUris).toEqual(["http://localhost:3002/"]);
    expect(await verifyPassword(app.clientSecretHash!, "first-secret")).toBe(true);
    expect(app.userFlow?.enabled).toBe(true);
    expect(app.userFlow?.identityProviders).toHaveLength(1);
    expect(
      app.userFlow?.attributes.map((entry) => [entry.userAttribute.name, entry.required]),
    ).toEqual([
      ["displayName", true],
      ["BusinessName", true],
      ["BusinessRegistrationCode", true],
      ["Phone", false],
    ]);
  });

  it("is idempotent: a second run adds nothing and shows no new password", async () => {
    const counts = async () => ({
      operators: await prisma.operator.count(),
      tenants: await prisma.tenant.count(),
      attributes: await prisma.userAttribute.count(),
      flows: await prisma.userFlow.count(),
      layout: await prisma.userFlowAttribute.count(),
      apps: await prisma.application.count(),
      memberships: await prisma.tenantMembership.count(),
    });
    const before = await counts();
    const again = await seedDemo(prisma, options);
    expect(again.generatedAdminPassword).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it("follows a new demo secret, demo URL and administrator password", async () => {
    await seedDemo(prisma, {
      ...options,
      demoClientSecret: "rotated",
      demoUrl: "http://127.0.0.1:3102",
      adminPassword: "a new passphrase",
    });
    const app = await prisma.application.findUniqueOrThrow({ where: { clientId: DEMO_CLIENT_ID } });
    expect(await verifyPassword(app.clientSecretHash!, "rotated")).toBe(true);
    expect(app.redirectUris).toContain("http://127.0.0.1:3102/api/auth/callback/guestlist");
    const operator = await prisma.operator.findUniqueOrThrow({
      where: { email: "admin@woodgrove.test" },
    });
    expect(await verifyPassword(operator.passwordHash!, "a new passphrase")).toBe(true);
  });
});
