import { createSign, createVerify, randomBytes, X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { sweepExpiredSignInData } from "../oidc/oidc-adapter";
import { createTenant } from "../tenants/create-tenant";
import { claimSamlAssertion } from "./claim-saml-assertion";
import { samlServiceProviderKey } from "./service-provider-key";

const prisma = getPrisma();
const encryptionKey = randomBytes(32).toString("base64");
let tenant: { id: string; slug: string };

beforeAll(async () => {
  tenant = await createTenant(prisma, { slug: "saml-partner", name: "SAML partner" });
});
afterAll(() => prisma.$disconnect());

describe("the tenant's SAML service provider key", () => {
  it("is made once even when asked for in parallel, and its key signs what its certificate verifies", async () => {
    const keys = await Promise.all(
      Array.from({ length: 5 }, () => samlServiceProviderKey(prisma, tenant, encryptionKey)),
    );
    expect(new Set(keys.map((key) => key.certificatePem)).size).toBe(1);
    const { certificatePem, privateKeyPem } = keys[0]!;
    const certificate = new X509Certificate(certificatePem);
    expect(certificate.subject).toContain("saml-partner");
    expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(
      Date.now() + 9 * 365 * 86_400_000,
    );
    const signature = createSign("sha256").update("AuthnRequest").sign(privateKeyPem);
    expect(
      createVerify("sha256").update("AuthnRequest").verify(certificate.publicKey, signature),
    ).toBe(true);
    const stored = await prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id } });
    expect(stored.samlSpPrivateKeyEncrypted).not.toContain("PRIVATE KEY");
  });
});

describe("SAML assertion replay", () => {
  it("lets one of ten parallel uses of an assertion through, and forgets it once expired", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        claimSamlAssertion(tenant.id, "_assertion-1", new Date(Date.now() - 1000)),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claimSamlAssertion(tenant.id, "_assertion-2", new Date(Date.now() + 60_000))).toBe(
      true,
    );
    await sweepExpiredSignInData(prisma);
    const kept = await prisma.samlAssertionUse.findMany({ where: { tenantId: tenant.id } });
    expect(kept.map((use) => use.assertionId)).toEqual(["_assertion-2"]);
  });
});
