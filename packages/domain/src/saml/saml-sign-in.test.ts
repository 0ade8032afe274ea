import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeSigningCertificate } from "../../testing/test-certificates";
import { EMAIL_NAME_ID, samlTestIdp } from "../../testing/saml-test-idp";
import {
  buildSamlRequest,
  readSamlResponse,
  serviceProviderMetadata,
  type SamlIdentityProvider,
  type SamlServiceProvider,
} from "./saml-sign-in";

const partner = samlTestIdp("https://idp.partner.test", "https://idp.partner.test/sso");
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
  signingCertificates: [base64Of(strangerKeys.certificatePem), partner.certificateBase64],
  nameIdFormat: EMAIL_NAME_ID,
  clockSkewSeconds: 60,
};

/** The partner's response to `requestId`, for the SP (or another one). */
function responseFrom(
  requestId: string,
  options: {
    keys?: { privateKeyPem: string; certificatePem: string };
    spEntityId?: string;
    acsUrl?: string;
    signAssertion?: boolean;
  } = {},
): Promise<string> {
  return partner.respond({
    requestId,
    sp: { entityId: options.spEntityId ?? sp.entityId, acsUrl: options.acsUrl ?? sp.acsUrl },
    nameId: "ada@partner.test",
    attributes: {
      "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": "Ada",
      department: "Orchards",
    },
    signAssertion: options.signAssertion,
    keys: options.keys,
  });
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
      nameIdFormat: EMAIL_NAME_ID,
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

  it("reads an assertion encrypted to our certificate", async () => {
    const encrypted = await partner.respond({
      requestId,
      sp: { entityId: sp.entityId, acsUrl: sp.acsUrl },
      nameId: "enc@partner.test",
      signAssertion: true,
      encryptTo: spKeys.certificatePem,
    });
    expect(Buffer.from(encrypted, "base64").toString("utf8")).toContain("EncryptedAssertion");
    await expect(read(encrypted)).resolves.toMatchObject({ nameId: "enc@partner.test" });
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
