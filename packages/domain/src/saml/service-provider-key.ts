import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";

export const samlSpKeyContext = (tenantId: string) => `saml-sp-key:${tenantId}`;

const VALID_YEARS = 10;

/** A new RSA key and a self-signed certificate for it (SAML trusts the certificate as published in metadata, not a CA). */
function newKeyPair(tenantSlug: string) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 3072 });
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: "spki", format: "pem" }).toString(),
  );
  // A positive serial: the top bit of the first byte is cleared.
  cert.serialNumber = `0${randomBytes(15).toString("hex")}`;
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + VALID_YEARS * 365 * 24 * 3600 * 1000);
  const name = [{ name: "commonName", value: `Guestlist ${tenantSlug} SAML service provider` }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  return { privateKeyPem, certificatePem: forge.pki.certificateToPem(cert) };
}

/**
 * The tenant's SAML service provider key: made on first use and kept, its
 * private half sealed under GUESTLIST_ENCRYPTION_KEY. Two instances making it
 * at once write one (a conditional update); the other reads the winner's.
 */
export async function samlServiceProviderKey(
  prisma: PrismaClient,
  tenant: { id: string; slug: string },
  encryptionKey: string,
): Promise<{ certificatePem: string; privateKeyPem: string }> {
  const read = () =>
    prisma.tenant.findUniqueOrThrow({
      where: { id: tenant.id },
      select: { samlSpCertificate: true, samlSpPrivateKeyEncrypted: true },
    });
  let stored = await read();
  if (!stored.samlSpCertificate || !stored.samlSpPrivateKeyEncrypted) {
    const made = newKeyPair(tenant.slug);
    await prisma.tenant.updateMany({
      where: { id: tenant.id, samlSpCertificate: null },
      data: {
        samlSpCertificate: made.certificatePem,
        samlSpPrivateKeyEncrypted: encryptSecret(
          made.privateKeyPem,
          encryptionKey,
          samlSpKeyContext(tenant.id),
        ),
      },
    });
    stored = await read();
  }
  return {
    certificatePem: stored.samlSpCertificate!,
    privateKeyPem: decryptSecret(
      stored.samlSpPrivateKeyEncrypted!,
      encryptionKey,
      samlSpKeyContext(tenant.id),
    ),
  };
}
