import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(
      privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    ),
    publicKey: forge.pki.publicKeyFromPem(
      publicKey.export({ type: "spki", format: "pem" }).toString(),
    ),
  };
}

function certificate(
  commonName: string,
  keys: ReturnType<typeof keyPair>,
  issuer: { name: string; key: forge.pki.rsa.PrivateKey } | null,
  extensions: object[],
) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = String(Math.floor(Math.random() * 1e9));
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000 * 30);
  cert.setSubject([{ name: "commonName", value: commonName }]);
  cert.setIssuer([{ name: "commonName", value: issuer?.name ?? commonName }]);
  cert.setExtensions(extensions);
  cert.sign(issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return cert;
}

/** A test CA, a server certificate for localhost/127.0.0.1, and a client certificate as a password-protected .pfx. */
export function makeTestPki(pfxPassword: string) {
  const caKeys = keyPair();
  const ca = certificate("Guestlist test CA", caKeys, null, [
    { name: "basicConstraints", cA: true },
    { name: "keyUsage", keyCertSign: true },
  ]);
  const issuer = { name: "Guestlist test CA", key: caKeys.privateKey };
  const serverKeys = keyPair();
  const server = certificate("localhost", serverKeys, issuer, [
    {
      name: "subjectAltName",
      altNames: [
        { type: 2, value: "localhost" },
        { type: 7, ip: "127.0.0.1" },
      ],
    },
    { name: "extKeyUsage", serverAuth: true },
  ]);
  const clientKeys = keyPair();
  const client = certificate("guestlist-connector", clientKeys, issuer, [
    { name: "extKeyUsage", clientAuth: true },
  ]);
  const p12 = forge.pkcs12.toPkcs12Asn1(clientKeys.privateKey, [client], pfxPassword, {
    algorithm: "3des",
  });
  return {
    caPem: forge.pki.certificateToPem(ca),
    serverCertPem: forge.pki.certificateToPem(server),
    serverKeyPem: forge.pki.privateKeyToPem(serverKeys.privateKey),
    clientPfxBase64: forge.util.encode64(forge.asn1.toDer(p12).getBytes()),
  };
}

/** A self-signed signing certificate and its key, as PEM (a SAML identity provider's, in tests). */
export function makeSigningCertificate(commonName: string) {
  const keys = keyPair();
  const cert = certificate(commonName, keys, null, [{ name: "keyUsage", digitalSignature: true }]);
  return {
    privateKeyPem: forge.pki.privateKeyToPem(keys.privateKey),
    certificatePem: forge.pki.certificateToPem(cert),
  };
}
