import { afterAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { createTenant } from "./create-tenant";

const prisma = getPrisma();
afterAll(() => prisma.$disconnect());

describe("createTenant", () => {
  it("starts a tenant with the built-in attributes, email OTP on and sign-up off", async () => {
    const tenant = await createTenant(prisma, { slug: "  Contoso ", name: "Contoso" });
    expect(tenant).toMatchObject({
      slug: "contoso",
      selfServiceSignUpEnabled: false,
      signUpDomainPolicy: "ANY",
    });
    const attributes = await prisma.userAttribute.findMany({ where: { tenantId: tenant.id } });
    expect(attributes.every((a) => a.builtIn)).toBe(true);
    expect(attributes.map((a) => a.name)).toContain("postalCode");
    const idps = await prisma.identityProvider.findMany({ where: { tenantId: tenant.id } });
    expect(idps.map((idp) => [idp.type, idp.enabled])).toEqual([["EMAIL_OTP", true]]);
  });

  it("refuses a slug that is taken, malformed or reserved", async () => {
    await createTenant(prisma, { slug: "fabrikam", name: "Fabrikam" });
    await expect(createTenant(prisma, { slug: "fabrikam", name: "Other" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(createTenant(prisma, { slug: "no spaces", name: "x" })).rejects.toThrow(
      "lower-case letters",
    );
    await expect(createTenant(prisma, { slug: "api", name: "x" })).rejects.toThrow("reserved");
  });
});
