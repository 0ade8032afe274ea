import * as samlify from "samlify";
import { makeSigningCertificate } from "./test-certificates";

// The test identity provider does not validate requests against the SAML schema.
samlify.setSchemaValidator({ validate: () => Promise.resolve("skipped") });

export const EMAIL_NAME_ID = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
const POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

const escapeXml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface TestIdpResponse {
  requestId: string;
  sp: { entityId: string; acsUrl: string };
  nameId: string;
  attributes?: Record<string, string>;
  /** Sign the assertion (true) or the whole response (false). */
  signAssertion?: boolean;
  /** Sign with another key than the one the metadata publishes. */
  keys?: { privateKeyPem: string; certificatePem: string };
  /** Encrypt the assertion to this certificate (the SP's). */
  encryptTo?: string;
}

/** A partner's SAML identity provider built with samlify: its metadata, and signed login responses. */
export function samlTestIdp(entityId: string, ssoUrl: string) {
  const keys = makeSigningCertificate(`IdP ${entityId}`);
  const build = (signing = keys, encrypt = false) =>
    samlify.IdentityProvider({
      entityID: entityId,
      isAssertionEncrypted: encrypt,
      privateKey: signing.privateKeyPem,
      signingCert: signing.certificatePem,
      nameIDFormat: [EMAIL_NAME_ID],
      singleSignOnService: [
        { Binding: REDIRECT, Location: ssoUrl },
        { Binding: POST, Location: ssoUrl },
      ],
      singleLogoutService: [{ Binding: REDIRECT, Location: `${ssoUrl}/logout` }],
    });
  return {
    keys,
    certificateBase64: keys.certificatePem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, ""),
    metadataXml: () => build().getMetadata(),
    async respond(response: TestIdpResponse): Promise<string> {
      const guestlist = samlify.ServiceProvider({
        entityID: response.sp.entityId,
        assertionConsumerService: [{ Binding: POST, Location: response.sp.acsUrl }],
        wantAssertionsSigned: response.signAssertion ?? false,
        ...(response.encryptTo ? { encryptCert: response.encryptTo } : {}),
      });
      const attributes = Object.entries(response.attributes ?? {})
        .map(
          ([name, value]) =>
            `<saml:Attribute Name="${escapeXml(name)}"><saml:AttributeValue>${escapeXml(value)}</saml:AttributeValue></saml:Attribute>`,
        )
        .join("");
      const { context } = (await build(
        response.keys,
        Boolean(response.encryptTo),
      ).createLoginResponse(
        guestlist,
        { extract: { request: { id: response.requestId } } },
        "post",
        { email: response.nameId },
        (template: string) => {
          const now = new Date();
          const later = new Date(now.getTime() + 5 * 60 * 1000).toISOString();
          return {
            id: "_r",
            context: samlify.SamlLib.replaceTagsByValue(
              template
                .replace(
                  "{AttributeStatement}",
                  attributes
                    ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>`
                    : "",
                )
                .replace("{AuthnStatement}", ""),
              {
                ID: `_resp${Math.random().toString(16).slice(2)}`,
                AssertionID: `_assert${Math.random().toString(16).slice(2)}`,
                Destination: response.sp.acsUrl,
                Audience: response.sp.entityId,
                SubjectRecipient: response.sp.acsUrl,
                Issuer: entityId,
                IssueInstant: now.toISOString(),
                StatusCode: "urn:oasis:names:tc:SAML:2.0:status:Success",
                ConditionsNotBefore: now.toISOString(),
                ConditionsNotOnOrAfter: later,
                SubjectConfirmationDataNotOnOrAfter: later,
                NameIDFormat: EMAIL_NAME_ID,
                NameID: response.nameId,
                InResponseTo: response.requestId,
              },
            ),
          };
        },
      )) as { context: string };
      return context;
    },
  };
}
