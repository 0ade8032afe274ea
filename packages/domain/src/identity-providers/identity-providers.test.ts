import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { createUserFlow } from "../flows";
import { createTenantAsOperator } from "../tenants";
import {
  createIdentityProvider,
  deleteIdentityProvider,
  listIdentityProviders,
  updateIdentityProvider,
} from ".";

const prisma = getPrisma();
const key = randomBytes(32).toString("base64");
let owner: TenantAccess;
let reader: TenantAccess;

beforeAll(async () => {
  const ownerId = (
    await prisma.operator.create({
      data: { email: "idp-owner@ops.test", displayName: "o", passwordHash: "x" },
    })
  ).id;
  const readerId = (
    await prisma.operator.create({
      data: { email: "idp-reader@ops.test", displayName: "r", passwordHash: "x" },
    })
  ).id;
  const tenant = await createTenantAsOperator(prisma, ownerId, {
    slug: "idp-tests",
    name: "IdP tests",
  });
  await prisma.tenantMembership.create({
    data: { tenantId: tenant.id, operatorId: readerId, role: "READER" },
  });
  owner = await tenantAccess(prisma, ownerId, "idp-tests");
  reader = await tenantAccess(prisma, readerId, "idp-tests");
});
afterAll(() => prisma.$disconnect());

const google = {
  type: "GOOGLE" as const,
  displayName: "Google",
  enabled: true,
  clientId: "123.apps.googleusercontent.com",
  clientSecret: "google-secret",
};

describe("identity providers", () => {
  it("store federated secrets encrypted and never list them", async () => {
    const created = await createIdentityProvider(prisma, owner, key, google);
    const stored = await prisma.identityProvider.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.clientSecretEncrypted).not.toContain("google-secret");
    expect(
      decryptSecret(
        stored.clientSecretEncrypted!,
        key,
        `identity-provider-secret:${owner.tenant.id}:${created.id}`,
      ),
    ).toBe("google-secret");
    const listed = (await listIdentityProviders(prisma, owner)).find((p) => p.id === created.id)!;
    expect(listed).toMatchObject({ hasClientSecret: true, clientId: google.clientId });
    expect(JSON.stringify(listed)).not.toContain("google-secret");
  });

  it("keep the secret when an update leaves it empty, and replace it when given", async () => {
    const provider = (await listIdentityProviders(prisma, owner)).find((p) => p.type === "GOOGLE")!;
    await updateIdentityProvider(prisma, owner, key, provider.id, {
      ...google,
      displayName: "Google accounts",
      clientSecret: "",
    });
    let stored = await prisma.identityProvider.findUniqueOrThrow({ where: { id: provider.id } });
    expect(
      decryptSecret(
        stored.clientSecretEncrypted!,
        key,
        `identity-provider-secret:${owner.tenant.id}:${provider.id}`,
      ),
    ).toBe("google-secret");
    await updateIdentityProvider(prisma, owner, key, provider.id, {
      ...google,
      clientSecret: "rotated",
    });
    stored = await prisma.identityProvider.findUniqueOrThrow({ where: { id: provider.id } });
    expect(
      decryptSecret(
        stored.clientSecretEncrypted!,
        key,
        `identity-provider-secret:${owner.tenant.id}:${provider.id}`,
      ),
    ).toBe("rotated");
  });

  it("allow one Google, require what each kind needs, and refuse readers", async () => {
    await expect(
      createIdentityProvider(prisma, owner, key, { ...google, displayName: "Google again" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      createIdentityProvider(prisma, owner, key, {
        type: "OIDC",
        displayName: "Partner IdP",
        enabled: true,
        clientId: "x",
        clientSecret: "y",
        issuer: "not a url",
      }),
    ).rejects.toThrow("issuer or discovery URL");
    await expect(
      createIdentityProvider(prisma, owner, key, {
        ...google,
        type: "FACEBOOK",
        displayName: "Facebook",
        clientSecret: "",
      }),
    ).rejects.toThrow("Enter the client secret");
    await expect(
      createIdentityProvider(prisma, reader, key, {
        ...google,
        type: "MICROSOFT",
        displayName: "Microsoft",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createIdentityProvider(prisma, owner, key, {
        type: "OIDC",
        displayName: "Partner IdP",
        enabled: true,
        clientId: "partner",
        clientSecret: "s",
        issuer: "https://idp.partner.test",
        scopes: "openid profile email",
        claimMapping: { email: "mail" },
      }),
    ).resolves.toMatchObject({
      issuer: "https://idp.partner.test",
      scopes: ["openid", "profile", "email"],
      claimMapping: { email: "mail" },
    });
  });

  it("refuse to delete a provider a user flow offers", async () => {
    const emailOtp = (await listIdentityProviders(prisma, owner)).find(
      (p) => p.type === "EMAIL_OTP",
    )!;
    await createUserFlow(prisma, owner, {
      name: "Uses OTP",
      identityProviderIds: [emailOtp.id],
      attributeIds: [],
    });
    await expect(deleteIdentityProvider(prisma, owner, emailOtp.id)).rejects.toThrow(
      'the user flow "Uses OTP" offers it',
    );
    const facebook = await createIdentityProvider(prisma, owner, key, {
      ...google,
      type: "FACEBOOK",
      displayName: "Facebook",
    });
    await expect(deleteIdentityProvider(prisma, owner, facebook.id)).resolves.toBeUndefined();
  });
});
