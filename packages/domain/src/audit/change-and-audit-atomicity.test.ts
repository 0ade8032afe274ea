import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { createApiKey } from "../api-keys";
import { createApiConnector } from "../connectors";
import { createApplication } from "../applications";
import { createUserAttribute } from "../attributes";
import { getPrisma } from "../database/prisma-client";
import { createUserFlow } from "../flows";
import { updateGuestUserAttributes } from "../guests";
import { createIdentityProvider } from "../identity-providers";
import { changeMemberRole, inviteOperator } from "../members";
import { createTenantAsOperator, renameTenant } from "../tenants";

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
      IF NEW.details::text ILIKE '%${MARKER}%' THEN
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
      createTenantAsOperator(prisma, owner.actor.id, { slug: "atomic-two", name: MARKER }),
    ).rejects.toThrow();
    expect(await prisma.tenant.count({ where: { slug: "atomic-two" } })).toBe(0);

    await expect(renameTenant(prisma, owner, { name: MARKER })).rejects.toThrow();
    expect((await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } })).name).toBe(
      "Atomic",
    );
  });

  it("for user flows, API connectors, members and guest users too", async () => {
    const tenantId = owner.tenant.id;
    const key = randomBytes(32).toString("base64");
    await expect(
      createUserFlow(prisma, owner, { name: MARKER, identityProviderIds: [], attributeIds: [] }),
    ).rejects.toThrow();
    expect(await prisma.userFlow.count({ where: { tenantId } })).toBe(0);

    await expect(
      createApiConnector(prisma, owner, key, {
        displayName: MARKER,
        endpointUrl: "https://checks.example/validate",
        authType: "BASIC",
        basicUsername: "user",
        basicPassword: "password",
        certificateBase64: "",
        certificatePassword: "",
        timeoutMs: 2000,
        retries: 0,
      }),
    ).rejects.toThrow();
    expect(await prisma.apiConnector.count({ where: { tenantId } })).toBe(0);

    await expect(
      inviteOperator(
        prisma,
        owner,
        { email: { from: "a@guestlist.test", encryptionKey: key }, adminUrl: "http://admin" },
        { email: `${MARKER}@ops.test`, role: "READER" },
      ),
    ).rejects.toThrow();
    expect(await prisma.operatorInvitation.count({ where: { tenantId } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { tenantId } })).toBe(0);

    const reader = await prisma.operator.create({
      data: { email: `${MARKER}-reader@ops.test`, displayName: "r", passwordHash: "x" },
    });
    const membership = await prisma.tenantMembership.create({
      data: { tenantId, operatorId: reader.id, role: "READER" },
    });
    await expect(changeMemberRole(prisma, owner, membership.id, "OWNER")).rejects.toThrow();
    expect(
      (await prisma.tenantMembership.findUniqueOrThrow({ where: { id: membership.id } })).role,
    ).toBe("READER");

    const guest = await prisma.guestUser.create({
      data: { tenantId, email: "atomic-guest@example.com", displayName: "Guest" },
    });
    await expect(
      updateGuestUserAttributes(prisma, owner, guest.id, { attributes: { displayName: MARKER } }),
    ).rejects.toThrow();
    expect(
      (await prisma.guestUser.findUniqueOrThrow({ where: { id: guest.id } })).displayName,
    ).toBe("Guest");
  });
});
