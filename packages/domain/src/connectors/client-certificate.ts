import forge from "node-forge";
import { AppError } from "../errors/app-error";

export interface CertificateInfo {
  thumbprint: string;
  subject: string;
  expiresAt: Date;
}

/**
 * Opens an uploaded .pfx with its password and reads the client certificate
 * in it: refused with a clear reason when the file or password is wrong, the
 * file has no certificate and private key, or the certificate has expired.
 */
export function readClientCertificate(pfxBase64: string, password: string): CertificateInfo {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.decode64(pfxBase64)), password);
  } catch {
    throw new AppError(
      "invalid_input",
      "The certificate could not be opened: check that it is a .pfx (PKCS #12) file and that the password is right.",
      {
        fieldIssues: [
          { path: "certificateBase64", message: "Not a .pfx file, or the wrong password." },
        ],
      },
    );
  }
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const certificate = bags(forge.pki.oids.certBag!)[0]?.cert;
  const keys = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)];
  if (!certificate || keys.length === 0) {
    throw new AppError(
      "invalid_input",
      "The .pfx file must hold the client certificate and its private key.",
      {
        fieldIssues: [
          { path: "certificateBase64", message: "No certificate with a private key in this file." },
        ],
      },
    );
  }
  if (certificate.validity.notAfter.getTime() <= Date.now()) {
    throw new AppError(
      "invalid_input",
      `This certificate expired on ${certificate.validity.notAfter.toISOString().slice(0, 10)}.`,
      {
        fieldIssues: [{ path: "certificateBase64", message: "The certificate has expired." }],
      },
    );
  }
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes();
  return {
    thumbprint: forge.md.sha1.create().update(der).digest().toHex().toUpperCase(),
    subject: certificate.subject.attributes
      .map(
        (a: forge.pki.CertificateField) =>
          `${a.shortName ?? a.name}=${Array.isArray(a.value) ? a.value.join(" ") : (a.value ?? "")}`,
      )
      .join(", "),
    expiresAt: certificate.validity.notAfter,
  };
}
