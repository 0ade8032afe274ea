import { DOMParser } from "@xmldom/xmldom";
import * as xpath from "xpath";
import { AppError } from "../errors/app-error";

/** What Guestlist needs of a SAML identity provider, read from its metadata. */
export interface IdpMetadata {
  entityId: string;
  /** Single sign-on endpoints we can use, HTTP-Redirect first. */
  ssoServices: { binding: SamlBinding; location: string }[];
  /** Base64 DER certificates the provider signs with (several during a rollover). */
  signingCertificates: string[];
  nameIdFormats: string[];
}

export type SamlBinding = "HTTP-Redirect" | "HTTP-POST";

const BINDINGS: Record<string, SamlBinding> = {
  "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect": "HTTP-Redirect",
  "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST": "HTTP-POST",
};

/** Metadata of one provider is a few kilobytes; federation aggregates are not accepted here. */
export const MAX_METADATA_BYTES = 512 * 1024;

const select = xpath.useNamespaces({
  md: "urn:oasis:names:tc:SAML:2.0:metadata",
  ds: "http://www.w3.org/2000/09/xmldsig#",
});

function invalid(message: string): AppError {
  return new AppError("invalid_input", message, {
    fieldIssues: [{ path: "metadataXml", message }],
  });
}

/**
 * Reads an identity provider's SAML 2.0 metadata (an EntityDescriptor, or an
 * EntitiesDescriptor holding exactly one identity provider), as AD FS, Entra,
 * Okta, Ping and Shibboleth publish it: its entity id, its HTTP-Redirect and
 * HTTP-POST single sign-on endpoints, the certificates it signs with (a
 * KeyDescriptor for signing, or for any use), and the NameID formats it
 * offers. The metadata's own signature is not what makes it trusted: an admin
 * chose this URL or pasted this text.
 */
export function parseIdpMetadata(xml: string): IdpMetadata {
  if (Buffer.byteLength(xml) > MAX_METADATA_BYTES)
    throw invalid("This metadata is too large for one identity provider.");
  if (/<!DOCTYPE/i.test(xml)) throw invalid("Metadata with a DOCTYPE is not accepted.");
  const errors: string[] = [];
  const document = new DOMParser({
    errorHandler: {
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(xml, "text/xml");
  if (errors.length || !document?.documentElement)
    throw invalid(
      "This is not XML metadata. Paste the whole file, starting with <EntityDescriptor.",
    );

  const descriptors = select("//md:EntityDescriptor[md:IDPSSODescriptor]", document) as Element[];
  if (descriptors.length === 0)
    throw invalid("This metadata describes no SAML 2.0 identity provider (no IDPSSODescriptor).");
  if (descriptors.length > 1)
    throw invalid(
      `This metadata describes ${descriptors.length} identity providers. Use the metadata of the one you federate with.`,
    );
  const entity = descriptors[0]!;
  const entityId = entity.getAttribute("entityID")?.trim() ?? "";
  if (!entityId) throw invalid("The metadata's EntityDescriptor has no entityID.");
  const idp = select(
    "md:IDPSSODescriptor[contains(@protocolSupportEnumeration, 'urn:oasis:names:tc:SAML:2.0:protocol')]",
    entity,
  ) as Element[];
  if (idp.length === 0)
    throw invalid("This identity provider does not say it supports the SAML 2.0 protocol.");

  const ssoServices = (select("md:SingleSignOnService", idp[0]!) as Element[])
    .map((service) => ({
      binding: BINDINGS[service.getAttribute("Binding") ?? ""],
      location: service.getAttribute("Location")?.trim() ?? "",
    }))
    .filter((service): service is IdpMetadata["ssoServices"][number] =>
      Boolean(service.binding && service.location),
    )
    .sort((a, b) => (a.binding === b.binding ? 0 : a.binding === "HTTP-Redirect" ? -1 : 1));
  if (ssoServices.length === 0)
    throw invalid(
      "The identity provider offers no single sign-on endpoint with the HTTP-Redirect or HTTP-POST binding.",
    );

  const certificates = (
    select(
      "md:KeyDescriptor[not(@use) or @use='signing']/ds:KeyInfo/ds:X509Data/ds:X509Certificate",
      idp[0]!,
    ) as Element[]
  ).map((element) => (element.textContent ?? "").replace(/\s+/g, ""));
  const signingCertificates = [...new Set(certificates.filter(Boolean))];
  if (signingCertificates.length === 0)
    throw invalid("The metadata has no signing certificate for this identity provider.");
  for (const certificate of signingCertificates)
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(certificate))
      throw invalid("A signing certificate in the metadata is not base64.");

  const nameIdFormats = (select("md:NameIDFormat", idp[0]!) as Element[])
    .map((element) => (element.textContent ?? "").trim())
    .filter(Boolean);
  return { entityId, ssoServices, signingCertificates, nameIdFormats };
}
