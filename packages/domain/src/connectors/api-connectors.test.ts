import { randomBytes } from "node:crypto";
import forge from "node-forge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenantAccess, type TenantAccess } from "../access/tenant-access";
import { decryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { createUserFlow } from "../flows";
import { createTenantAsOperator } from "../tenants";
import { connectorSecretContext } from "./connector-columns";
import {
  createApiConnector,
  deleteApiConnector,
  listApiConnectors,
  setUserFlowConnectors,
  updateApiConnector,
} from ".";

const prisma = getPrisma();
const key = randomBytes(32).toString("base64");
let owner: TenantAccess;

/** A self-signed client certificate and key in a password-protected .pfx, base64. */
function makePfx(password: string, notAfter: Date): string {
  const keys = forge.pki.rsa.generateKeyPair(1024);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date(Date.now() - 86_400_000 * 2);
  cert.validity.notAfter = notAfter;
  cert.setSubject([{ name: "commonName", value: "guestlist-connector" }]);
  cert.setIssuer([{ name: "commonName", value: "guestlist-connector" }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: "3des" });
  return forge.util.encode64(forge.asn1.toDer(p12).getBytes());
}

beforeAll(async () => {
  const ownerId = (
    await prisma.operator.create({
      data: { email: "conn-owner@ops.test", displayName: "o", passwordHash: "x" },
    })
  ).id;
  await createTenantAsOperator(prisma, ownerId, { slug: "connector-tests", name: "Connectors" });
  owner = await tenantAccess(prisma, ownerId, "connector-tests");
});
afterAll(() => prisma.$disconnect());

const basic = {
  displayName: "HR check",
  endpointUrl: "https://hr.example/api/check",
  authType: "BASIC" as const,
  basicUsername: "guestlist",
  basicPassword: "s3cret",
};

describe("API connectors", () => {
  it("keep Basic passwords encrypted, never listed, and kept when an update leaves them empty", async () => {
    const connector = await createApiConnector(prisma, owner, key, basic);
    const stored = await prisma.apiConnector.findUniqueOrThrow({ where: { id: connector.id } });
    expect(
      decryptSecret(
        stored.basicPasswordEncrypted!,
        key,
        connectorSecretContext(owner.tenant.id, connector.id, "basicPassword"),
      ),
    ).toBe("s3cret");
    const listed = (await listApiConnectors(prisma, owner)).find((c) => c.id === connector.id)!;
    expect(listed).toMatchObject({ hasBasicPassword: true, timeoutMs: 20000, retries: 1 });
    expect(JSON.stringify(listed)).not.toContain("s3cret");

    await updateApiConnector(prisma, owner, key, connector.id, {
      ...basic,
      basicPassword: "",
      timeoutMs: 5000,
      retries: 0,
    });
    const after = await prisma.apiConnector.findUniqueOrThrow({ where: { id: connector.id } });
    expect(after).toMatchObject({
      timeoutMs: 5000,
      retries: 0,
      basicPasswordEncrypted: stored.basicPasswordEncrypted,
    });
  });

  it("accept a client certificate only when the .pfx opens, holds a key and has not expired", async () => {
    const input = {
      displayName: "CRM",
      endpointUrl: "https://crm.example/hook",
      authType: "CLIENT_CERTIFICATE" as const,
      certificatePassword: "pfx-password",
    };
    const good = makePfx("pfx-password", new Date(Date.now() + 86_400_000 * 365));
    const created = await createApiConnector(prisma, owner, key, {
      ...input,
      certificateBase64: good,
    });
    expect(created.certificateThumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(created.certificateExpiresAt!.getTime()).toBeGreaterThan(Date.now());

    await expect(
      createApiConnector(prisma, owner, key, {
        ...input,
        displayName: "Wrong password",
        certificateBase64: good,
        certificatePassword: "nope",
      }),
    ).rejects.toThrow("could not be opened");
    const expired = makePfx("pfx-password", new Date(Date.now() - 86_400_000));
    await expect(
      createApiConnector(prisma, owner, key, {
        ...input,
        displayName: "Expired",
        certificateBase64: expired,
      }),
    ).rejects.toThrow("expired");
    await expect(
      createApiConnector(prisma, owner, key, {
        ...input,
        displayName: "No file",
        certificateBase64: "",
      }),
    ).rejects.toThrow("Upload the client certificate");
  }, 30_000);

  it("require https outside localhost", async () => {
    await expect(
      createApiConnector(prisma, owner, key, {
        ...basic,
        displayName: "Plain",
        endpointUrl: "http://hr.example/check",
      }),
    ).rejects.toThrow("https://");
    await expect(
      createApiConnector(prisma, owner, key, {
        ...basic,
        displayName: "Local",
        endpointUrl: "http://localhost:7071/api/check",
      }),
    ).resolves.toBeTruthy();
  });

  it("attach to a flow per step, and cannot be deleted while a flow calls them", async () => {
    const connector = (await listApiConnectors(prisma, owner)).find(
      (c) => c.displayName === "HR check",
    )!;
    const emailOtp = await prisma.identityProvider.findFirstOrThrow({
      where: { tenantId: owner.tenant.id, type: "EMAIL_OTP" },
    });
    const flow = await createUserFlow(prisma, owner, {
      name: "With checks",
      identityProviderIds: [emailOtp.id],
      attributeIds: [],
    });
    await setUserFlowConnectors(prisma, owner, flow.id, {
      POST_FEDERATION_SIGNUP: null,
      POST_ATTRIBUTE_COLLECTION: connector.id,
    });
    expect(
      await prisma.userFlowApiConnector.findMany({ where: { userFlowId: flow.id } }),
    ).toMatchObject([{ step: "POST_ATTRIBUTE_COLLECTION", apiConnectorId: connector.id }]);
    await expect(deleteApiConnector(prisma, owner, connector.id)).rejects.toThrow(
      'the user flow "With checks" calls it',
    );
    await setUserFlowConnectors(prisma, owner, flow.id, {
      POST_FEDERATION_SIGNUP: null,
      POST_ATTRIBUTE_COLLECTION: null,
    });
    await expect(deleteApiConnector(prisma, owner, connector.id)).resolves.toBeUndefined();
  });
});
