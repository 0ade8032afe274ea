import { SAML, ValidateInResponseTo, type CacheProvider } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import * as xpath from "xpath";
import type { SamlBinding } from "./idp-metadata";

/** A SAML identity provider as a user flow uses it. */
export interface SamlIdentityProvider {
  entityId: string;
  ssoUrl: string;
  binding: SamlBinding;
  /** Base64 DER, as in metadata. */
  signingCertificates: string[];
  nameIdFormat: string | null;
  clockSkewSeconds: number;
}

/** Guestlist as the service provider of one tenant. */
export interface SamlServiceProvider {
  entityId: string;
  /** Assertion consumer service: where responses are posted. */
  acsUrl: string;
  /** Signs AuthnRequests and decrypts encrypted assertions. */
  privateKeyPem: string;
  certificatePem: string;
}

/** Who the provider says signed in, after every check passed. */
export interface SamlIdentity {
  issuer: string;
  nameId: string;
  nameIdFormat: string | null;
  /** Attribute values by SAML attribute name (the first value of multi-valued ones). */
  attributes: Record<string, string>;
  assertionId: string;
  /** Until when the assertion may be used: its id is remembered until then. */
  expiresAt: Date;
}

export class SamlResponseRejected extends Error {
  override readonly name = "SamlResponseRejected";
}

const REQUEST_LIFETIME_MS = 10 * 60 * 1000;

const pem = (base64: string) =>
  `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;

/**
 * node-saml configured for one provider. Responses must be signed (the
 * response, the assertion, or both), by one of the provider's certificates;
 * the issuer, audience, time window and InResponseTo are checked by
 * node-saml, with InResponseTo accepted only for the request this journey
 * sent (`expectedRequestId`), never from a shared cache.
 */
function samlFor(
  sp: SamlServiceProvider,
  idp: SamlIdentityProvider,
  expectedRequestId: string | null,
  onRequest?: (id: string) => void,
): SAML {
  const cache: CacheProvider = {
    saveAsync: (key, value) => {
      onRequest?.(key);
      return Promise.resolve({ value, createdAt: Date.now() });
    },
    // node-saml reads the value as when the request was sent; the journey holding it expires sooner.
    getAsync: (key) => Promise.resolve(key === expectedRequestId ? new Date().toISOString() : null),
    removeAsync: (key) => Promise.resolve(key),
  };
  return new SAML({
    entryPoint: idp.ssoUrl,
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    audience: sp.entityId,
    idpIssuer: idp.entityId,
    idpCert: idp.signingCertificates.map(pem),
    privateKey: sp.privateKeyPem,
    decryptionPvk: sp.privateKeyPem,
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
    wantAuthnResponseSigned: false,
    wantAssertionsSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_LIFETIME_MS,
    cacheProvider: cache,
    acceptedClockSkewMs: idp.clockSkewSeconds * 1000,
    identifierFormat: idp.nameIdFormat,
    disableRequestedAuthnContext: true,
    // The HTTP-POST binding carries the request as plain base64 (no DEFLATE).
    skipRequestCompression: idp.binding === "HTTP-POST",
  });
}

/**
 * An AuthnRequest to the provider, signed with the tenant's key: the URL to
 * send the browser to (HTTP-Redirect) or the fields to post (HTTP-POST), and
 * the request's id, which only the response to it may name.
 */
export async function buildSamlRequest(
  sp: SamlServiceProvider,
  idp: SamlIdentityProvider,
  relayState: string,
): Promise<
  | { requestId: string; binding: "HTTP-Redirect"; url: string }
  | { requestId: string; binding: "HTTP-POST"; url: string; fields: Record<string, string> }
> {
  let requestId = "";
  const saml = samlFor(sp, idp, null, (id) => (requestId = id));
  if (idp.binding === "HTTP-Redirect") {
    const url = await saml.getAuthorizeUrlAsync(relayState, undefined, {});
    return { requestId, binding: idp.binding, url };
  }
  const message = await saml.getAuthorizeMessageAsync(relayState, undefined, {});
  const fields = Object.fromEntries(
    Object.entries(message).map(([name, value]) => [name, String(value)]),
  );
  return { requestId, binding: idp.binding, url: idp.ssoUrl, fields };
}

/**
 * Reads a response posted to the ACS: node-saml verifies the signature and
 * conditions; then the Destination and the bearer confirmation's Recipient
 * must be this ACS, and the assertion must not have signed anyone in before
 * (`claimAssertion` records its id until it expires, once).
 */
export async function readSamlResponse(
  sp: SamlServiceProvider,
  idp: SamlIdentityProvider,
  input: { samlResponse: string; expectedRequestId: string },
  claimAssertion: (assertionId: string, expiresAt: Date) => Promise<boolean>,
): Promise<SamlIdentity> {
  const saml = samlFor(sp, idp, input.expectedRequestId);
  let profile;
  try {
    ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: input.samlResponse }));
  } catch (error) {
    throw new SamlResponseRejected(error instanceof Error ? error.message : String(error));
  }
  if (!profile) throw new SamlResponseRejected("The response holds no assertion.");
  const xml = Buffer.from(input.samlResponse, "base64").toString("utf8");
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const destination = select1("string(/*[local-name()='Response']/@Destination)", document);
  if (destination && destination !== sp.acsUrl)
    throw new SamlResponseRejected(`The response is addressed to ${destination}.`);

  const assertion = profile.getAssertion?.() as
    { Assertion?: { $?: { ID?: string }; Subject?: SubjectXml[] } } | undefined;
  const assertionId = assertion?.Assertion?.$?.ID ?? "";
  if (!assertionId) throw new SamlResponseRejected("The assertion has no ID.");
  const confirmation = assertion?.Assertion?.Subject?.[0]?.SubjectConfirmation?.find(
    (entry) => entry.$?.Method === "urn:oasis:names:tc:SAML:2.0:cm:bearer",
  )?.SubjectConfirmationData?.[0]?.$;
  if (!confirmation?.Recipient || confirmation.Recipient !== sp.acsUrl)
    throw new SamlResponseRejected("The assertion is not for this service's ACS (Recipient).");
  const notOnOrAfter = confirmation.NotOnOrAfter ? new Date(confirmation.NotOnOrAfter) : null;
  const expiresAt = new Date(
    Math.max(notOnOrAfter?.getTime() ?? 0, Date.now()) + idp.clockSkewSeconds * 1000,
  );
  if (!(await claimAssertion(assertionId, expiresAt)))
    throw new SamlResponseRejected("This assertion was used before.");

  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(profile.attributes ?? {})) {
    const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
    if (typeof first === "string") attributes[name] = first;
  }
  return {
    issuer: profile.issuer,
    nameId: profile.nameID,
    nameIdFormat: profile.nameIDFormat ?? null,
    attributes,
    assertionId,
    expiresAt,
  };
}

interface SubjectXml {
  SubjectConfirmation?: {
    $?: { Method?: string };
    SubjectConfirmationData?: { $?: { Recipient?: string; NotOnOrAfter?: string } }[];
  }[];
}

function select1(expression: string, document: Node): string {
  const found = xpath.select(expression, document);
  return typeof found === "string" ? found : "";
}

/** Guestlist's SP metadata for the provider's admin: entity id, ACS, and the certificate. */
export function serviceProviderMetadata(sp: SamlServiceProvider, idp: SamlIdentityProvider) {
  return samlFor(sp, idp, null).generateServiceProviderMetadata(
    sp.certificatePem,
    sp.certificatePem,
  );
}
