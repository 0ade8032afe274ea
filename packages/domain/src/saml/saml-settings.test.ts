import { describe, expect, it } from "vitest";
import type { SamlIdentity } from "./saml-sign-in";
import { claimsOfSamlIdentity } from "./saml-settings";

const identity: SamlIdentity = {
  assertionId: "_a1",
  expiresAt: new Date(Date.now() + 60_000),
  issuer: "https://idp.partner.test",
  nameId: "x-7",
  nameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
  attributes: {
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress": "ada@partner.test",
    "urn:partner:mail": "ada.l@partner.test",
    "urn:oid:2.5.4.42": "Ada",
    "urn:partner:company": "Partner Ltd",
  },
};

describe("a SAML identity's claims", () => {
  it("takes email and names from the common claim URIs, and keeps every attribute by its name", () => {
    expect(claimsOfSamlIdentity(identity)).toMatchObject({
      iss: "https://idp.partner.test",
      sub: "x-7",
      email: "ada@partner.test",
      given_name: "Ada",
      "urn:partner:company": "Partner Ltd",
    });
  });

  it("prefers the attribute the admin mapped, and falls back when it is missing", () => {
    expect(claimsOfSamlIdentity(identity, { email: "urn:partner:mail" }).email).toBe(
      "ada.l@partner.test",
    );
    expect(claimsOfSamlIdentity(identity, { givenName: "urn:partner:absent" }).given_name).toBe(
      "Ada",
    );
  });

  it("uses an email-format NameID only when no attribute carries an address", () => {
    const bare: SamlIdentity = {
      ...identity,
      nameId: "bo@partner.test",
      nameIdFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
      attributes: {},
    };
    expect(claimsOfSamlIdentity(bare).email).toBe("bo@partner.test");
    expect(claimsOfSamlIdentity({ ...bare, nameIdFormat: null }).email).toBeUndefined();
  });
});
