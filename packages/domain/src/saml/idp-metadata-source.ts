import { AppError } from "../errors/app-error";
import { guardedFetch } from "../network/guarded-fetch";
import { MAX_METADATA_BYTES, parseIdpMetadata, type IdpMetadata } from "./idp-metadata";

const unreachable = (url: string, why: string) =>
  new AppError("invalid_input", `The metadata at ${url} could not be read: ${why}.`, {
    fieldIssues: [{ path: "metadataUrl", message: `It could not be read: ${why}.` }],
  });

/** The partner's published metadata, fetched as connectors call out: no private addresses, no redirects, bounded. */
async function fetchMetadata(url: string, allowPrivateNetworks: boolean): Promise<string> {
  let response: Response;
  try {
    response = await guardedFetch(allowPrivateNetworks)(url, {
      headers: { accept: "application/samlmetadata+xml, application/xml, text/xml" },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw unreachable(url, error instanceof Error ? error.message : "no answer");
  }
  if (!response.ok) throw unreachable(url, `HTTP ${response.status}`);
  const text = await response.text();
  if (Buffer.byteLength(text) > MAX_METADATA_BYTES) throw unreachable(url, "it is too large");
  return text;
}

/** An identity provider's metadata, from where it is published or as pasted. */
export async function readIdpMetadata(
  source: { metadataUrl: string; metadataXml: string },
  options: { allowPrivateNetworks: boolean },
): Promise<IdpMetadata> {
  const xml = source.metadataUrl
    ? await fetchMetadata(source.metadataUrl, options.allowPrivateNetworks)
    : source.metadataXml;
  return parseIdpMetadata(xml);
}

const NAME_ID_PREFERENCE = [
  "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
  "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
];

/**
 * The NameID becomes the identity's subject, so it must stay the same from one
 * sign-in to the next: persistent, else the email address, else whatever the
 * provider chooses (null) rather than a transient one.
 */
function lastingNameIdFormat(offered: string[]): string | null {
  return NAME_ID_PREFERENCE.find((format) => offered.includes(format)) ?? null;
}

/** The provider's columns that come from its metadata. */
export function metadataColumns(metadata: IdpMetadata) {
  const sso = metadata.ssoServices[0]!;
  return {
    issuer: metadata.entityId,
    samlSsoUrl: sso.location,
    samlSsoBinding: sso.binding,
    samlCertificates: metadata.signingCertificates,
    samlNameIdFormat: lastingNameIdFormat(metadata.nameIdFormats),
  };
}
