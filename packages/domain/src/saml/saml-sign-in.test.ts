import { beforeAll, describe, expect, it, vi } from "vitest";
import * as samlify from "samlify";
import { makeSigningCertificate } from "../../testing/test-certificates";
import {
  buildSamlRequest,
  readSamlResponse,
  serviceProviderMetadata,
  type SamlIdentityProvider,
  type SamlServiceProvider,
} from "./saml-sign-in";

// The test identity provider does not validate our requests against the SAML schema.
samlify.setSchemaValidator({ validate: () => Promise.resolve("skipped") });

const EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
const POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
const idpKeys = makeSigningCertificate("Partner IdP");
const strangerKeys = makeSigningCertificate("Someone else");
const spKeys = makeSigningCertificate("Guestlist SP");
const base64Of = (pem: string) => pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");

const sp: SamlServiceProvider = {
  entityId: "https://guestlist.test/woodgrove/saml",
  acsUrl: "https://guestlist.test/woodgrove/federation/saml/acs",
  privateKeyPem: spKeys.privateKeyPem,
  certificatePem: spKeys.certificatePem,
};
const idp: SamlIdentityProvider = {
  entityId: "https://idp.partner.test",
  ssoUrl: "https://idp.partner.test/sso",
  binding: "HTTP-Redirect",
  signingCertificates: [base64Of(strangerKeys.certificatePem), base64Of(idpKeys.certificatePem)],
  nameIdFormat: EMAIL_FORMAT,
  clockSkewSeconds: 60,
};

const ATTRIBUTES = `<saml:AttributeStatement><saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"><saml:AttributeValue>Ada</saml:AttributeValue></saml:Attribute><saml:Attribute Name="department"><saml:AttributeValue>Orchards</saml:AttributeValue><saml:AttributeValue>Cider</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`;

/** A partner IdP built with samlify, signing with `keys`, answering `requestId` for the SP described by `spOptions`. */
async function responseFrom(
  requestId: string,
  options: {
    keys?: { privateKeyPem: string; certificatePem: string };
    spEntityId?: string;
    acsUrl?: string;
    signAssertion?: boolean;
    nameId?: string;
  } = {},
): Promise<string> {
  const keys = options.keys ?? idpKeys;
  const partner = samlify.IdentityProvider({
    entityID: idp.entityId,
    privateKey: keys.privateKeyPem,
    signingCert: keys.certificatePem,
    nameIDFormat: [EMAIL_FORMAT],
    singleSignOnService: [{ Binding: POST, Location: idp.ssoUrl }],
  });
  const guestlist = samlify.ServiceProvider({
    entityID: options.spEntityId ?? sp.entityId,
    assertionConsumerService: [{ Binding: POST, Location: options.acsUrl ?? sp.acsUrl }],
    wantAssertionsSigned: options.signAssertion ?? false,
  });
  const { context } = (await partner.createLoginResponse(
    guestlist,
    { extract: { request: { id: requestId } } },
    "post",
    { email: options.nameId ?? "ada@partner.test" },
    (template: string) => {
      const now = new Date();
      const later = new Date(now.getTime() + 5 * 60 * 1000).toISOString();
      return {
        id: "_r",
        context: samlify.SamlLib.replaceTagsByValue(
          template.replace("{AttributeStatement}", ATTRIBUTES).replace("{AuthnStatement}", ""),
          {
            ID: `_resp${Math.random().toString(16).slice(2)}`,
            AssertionID: `_assert${Math.random().toString(16).slice(2)}`,
            Destination: options.acsUrl ?? sp.acsUrl,
            Audience: options.spEntityId ?? sp.entityId,
            SubjectRecipient: options.acsUrl ?? sp.acsUrl,
            Issuer: idp.entityId,
            IssueInstant: now.toISOString(),
            StatusCode: "urn:oasis:names:tc:SAML:2.0:status:Success",
            ConditionsNotBefore: now.toISOString(),
            ConditionsNotOnOrAfter: later,
            SubjectConfirmationDataNotOnOrAfter: later,
            NameIDFormat: EMAIL_FORMAT,
            NameID: options.nameId ?? "ada@partner.test",
            InResponseTo: requestId,
          },
        ),
      };
    },
  )) as { context: string };
  return context;
}

const used = new Set<string>();
const claimOnce = (id: string) => Promise.resolve(!used.has(id) && Boolean(used.add(id)));
let requestId = "";

beforeAll(async () => {
  const request = await buildSamlRequest(sp, idp, "journey-uid.state");
  requestId = request.requestId;
});

const read = (samlResponse: string, expected = requestId) =>
  readSamlResponse(sp, idp, { samlResponse, expectedRequestId: expected }, claimOnce);

const tamper = (response: string, change: (xml: string) => string) =>
  Buffer.from(change(Buffer.from(response, "base64").toString("utf8"))).toString("base64");

describe("SAML sign-in against a partner identity provider", () => {
  it("sends a signed AuthnRequest by HTTP-Redirect and POST, naming our entity and ACS", async () => {
    const redirect = await buildSamlRequest(sp, idp, "uid.state");
    expect(redirect.binding).toBe("HTTP-Redirect");
    const url = new URL(redirect.url);
    expect(url.origin + url.pathname).toBe(idp.ssoUrl);
    expect(url.searchParams.get("RelayState")).toBe("uid.state");
    expect(url.searchParams.get("Signature")).toBeTruthy();
    expect(redirect.requestId).toMatch(/^_/);
    const post = await buildSamlRequest(sp, { ...idp, binding: "HTTP-POST" }, "uid.state");
    expect(post).toMatchObject({ binding: "HTTP-POST", url: idp.ssoUrl });
    if (post.binding !== "HTTP-POST") throw new Error("expected a form");
    const xml = Buffer.from(post.fields.SAMLRequest!, "base64").toString("utf8");
    expect(xml).toContain(`AssertionConsumerServiceURL="${sp.acsUrl}"`);
    expect(xml).toContain(sp.entityId);
    expect(xml).toMatch(/<(ds:)?Signature /);
    const metadata = serviceProviderMetadata(sp, idp);
    expect(metadata.replace(/\s+/g, "")).toContain(base64Of(spKeys.certificatePem));
    expect(metadata).toContain(`Location="${sp.acsUrl}"`);
    expect(metadata).toContain(`entityID="${sp.entityId}"`);
  });

  it("accepts a signed response (or a signed assertion) to our request, with its attributes", async () => {
    const identity = await read(await responseFrom(requestId));
    expect(identity).toMatchObject({
      issuer: idp.entityId,
      nameId: "ada@partner.test",
      nameIdFormat: EMAIL_FORMAT,
      attributes: {
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": "Ada",
        department: "Orchards",
      },
    });
    expect(identity.expiresAt.getTime()).toBeGreaterThan(Date.now());
    await expect(
      read(await responseFrom(requestId, { signAssertion: true })),
    ).resolves.toMatchObject({ nameId: "ada@partner.test" });
  });

  it("refuses a replayed response", async () => {
    const response = await responseFrom(requestId);
    await read(response);
    await expect(read(response)).rejects.toThrow("used before");
  });

  it("refuses a tampered assertion, an unsigned response and another key's signature", async () => {
    const response = await responseFrom(requestId);
    await expect(
      read(tamper(response, (xml) => xml.replace("ada@partner.test", "eve@partner.test"))),
    ).rejects.toThrow(/signature/i);
    await expect(
      read(tamper(response, (xml) => xml.replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/g, ""))),
    ).rejects.toThrow(/signature/i);
    const stranger = makeSigningCertificate("Not the partner");
    await expect(read(await responseFrom(requestId, { keys: stranger }))).rejects.toThrow(
      /signature/i,
    );
  });

  it("refuses another audience, another ACS, another request, and an expired assertion", async () => {
    await expect(
      read(await responseFrom(requestId, { spEntityId: "https://other.test/sp" })),
    ).rejects.toThrow(/audience/i);
    await expect(
      read(await responseFrom(requestId, { acsUrl: "https://other.test/acs" })),
    ).rejects.toThrow(/addressed to|Recipient/);
    await expect(read(await responseFrom("_another_request"))).rejects.toThrow(/InResponseTo/i);
    const response = await responseFrom(requestId);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 20 * 60 * 1000);
    try {
      await expect(read(response)).rejects.toThrow(/No valid subject confirmation/);
    } finally {
      vi.useRealTimers();
    }
  });
});
