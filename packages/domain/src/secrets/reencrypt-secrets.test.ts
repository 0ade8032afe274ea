import { randomBytes } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectorSecretContext } from "../connectors/connector-columns";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import { getPrisma } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import { emailBodyContext, recordEmail } from "../email/send-email";
import { identityProviderSecretContext } from "../federation/upstream-configuration";
import { loadSigningJwks, maintainSigningKeys } from "../oidc/signing-keys";
import { createTenant } from "../tenants/create-tenant";
import { reencryptSecrets } from "./reencrypt-secrets";

const prisma = getPrisma();
const oldKey = randomBytes(32).toString("base64");
const newKey = randomBytes(32).toString("base64");
let tenantId: string;
let providerId: string;
let connectorId: string;

beforeAll(async () => {
  tenantId = (await createTenant(prisma, { slug: "rotation", name: "Rotation" })).id;
  await maintainSigningKeys(prisma, tenantId, oldKey, { rotationDays: 90, activationSeconds: 60 });
  // Ids chosen up front: each secret is bound to its row.
  providerId = uuidv7();
  await prisma.identityProvider.create({
    data: {
      id: providerId,
      tenantId,
      type: "OIDC",
      displayName: "Upstream",
      clientSecretEncrypted: encryptSecret(
        "upstream-secret",
        oldKey,
        identityProviderSecretContext(tenantId, providerId),
      ),
    },
  });
  connectorId = uuidv7();
  await prisma.apiConnector.create({
    data: {
      id: connectorId,
      tenantId,
      displayName: "Registry",
      endpointUrl: "https://registry.example/check",
      basicPasswordEncrypted: encryptSecret(
        "connector-password",
        oldKey,
        connectorSecretContext(tenantId, connectorId, "basicPassword"),
      ),
    },
  });
  // No Resend key: the message stays in the outbox with its body.
  await recordEmail(
    sqlPool(),
    { from: "Guestlist <no-reply@rotation.test>", encryptionKey: oldKey },
    {
      tenantId,
      to: "ada@rotation.test",
      subject: "Your code",
      text: "123456",
      html: "<p>123456</p>",
    },
  );
});
afterAll(() => prisma.$disconnect());

describe("rotating GUESTLIST_ENCRYPTION_KEY", () => {
  it("reads values written with an older key while the new one comes first, and writes with the new one", () => {
    const sealed = encryptSecret("value", oldKey, "ctx");
    expect(decryptSecret(sealed, `${newKey},${oldKey}`, "ctx")).toBe("value");
    const resealed = encryptSecret("value", `${newKey},${oldKey}`, "ctx");
    expect(decryptSecret(resealed, newKey, "ctx")).toBe("value");
    expect(() => decryptSecret(resealed, oldKey, "ctx")).toThrow(/none of the keys/);
  });

  it("rewrites every secret at rest with the new key, after which the old key can go", async () => {
    const report = await reencryptSecrets(prisma, `${newKey},${oldKey}`);
    const rewritten = Object.fromEntries(report.map((column) => [column.name, column.rewritten]));
    expect(rewritten).toMatchObject({
      "signing keys": expect.any(Number),
      "identity provider client secrets": 1,
      "API connector passwords": 1,
      "API connector certificates": 0,
      "email bodies not yet sent": expect.any(Number),
    });

    // Only the new key from here on.
    expect(await loadSigningJwks(prisma, tenantId, newKey)).toHaveLength(1);
    const provider = await prisma.identityProvider.findUniqueOrThrow({ where: { id: providerId } });
    expect(
      decryptSecret(
        provider.clientSecretEncrypted!,
        newKey,
        identityProviderSecretContext(tenantId, providerId),
      ),
    ).toBe("upstream-secret");
    const connector = await prisma.apiConnector.findUniqueOrThrow({ where: { id: connectorId } });
    expect(
      decryptSecret(
        connector.basicPasswordEncrypted!,
        newKey,
        connectorSecretContext(tenantId, connectorId, "basicPassword"),
      ),
    ).toBe("connector-password");
    const message = await prisma.emailMessage.findFirstOrThrow({
      where: { tenantId, to: "ada@rotation.test" },
    });
    expect(
      JSON.parse(decryptSecret(message.bodyEncrypted!, newKey, emailBodyContext(message.id))),
    ).toMatchObject({ text: "123456" });

    // Running it again changes nothing that matters: everything still opens with the new key.
    await reencryptSecrets(prisma, newKey);
    expect(await loadSigningJwks(prisma, tenantId, newKey)).toHaveLength(1);
  });

  it("stops, naming the table and row, at a value none of the keys opens", async () => {
    const stranger = randomBytes(32).toString("base64");
    await prisma.identityProvider.update({
      where: { id: providerId },
      data: {
        clientSecretEncrypted: encryptSecret(
          "x",
          stranger,
          identityProviderSecretContext(tenantId, providerId),
        ),
      },
    });
    await expect(reencryptSecrets(prisma, newKey)).rejects.toThrow(
      new RegExp(`identity provider client secrets \\(row ${providerId}\\)`),
    );
  });
});
