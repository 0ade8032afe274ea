import { describe, expect, it } from "vitest";
import { parseIdpMetadata } from "./idp-metadata";

const CERT_A = "MIIC8DCCAdigAwIBAgIQaaaa";
const CERT_B = "MIIC8DCCAdigAwIBAgIQbbbb";

/** AD FS: a signed document, WS-Fed role descriptors first, signing and encryption keys, four bindings. */
const ADFS = `<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_1" entityID="http://adfs.partner.example/adfs/services/trust" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/><ds:SignatureValue>x</ds:SignatureValue>
    <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>MIIsigningthedoc</X509Certificate></X509Data></KeyInfo></ds:Signature>
  <RoleDescriptor xsi:type="fed:SecurityTokenServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706">
    <KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>MIIwsfedonly</X509Certificate></X509Data></KeyInfo></KeyDescriptor>
  </RoleDescriptor>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="encryption"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>MIIencryptiononly</X509Certificate></X509Data></KeyInfo></KeyDescriptor>
    <KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>
      ${CERT_A.slice(0, 10)}
      ${CERT_A.slice(10)}
    </X509Certificate></X509Data></KeyInfo></KeyDescriptor>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.partner.example/adfs/ls/"/>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://adfs.partner.example/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.partner.example/adfs/ls/"/>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://adfs.partner.example/adfs/ls/soap"/>
  </IDPSSODescriptor>
</EntityDescriptor>`;

/** Entra ID: prefixed md: elements and two signing certificates during a rollover. */
const ENTRA = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://sts.windows.net/0000/">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${CERT_A}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${CERT_B}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/0000/saml2"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

/** Shibboleth: an EntitiesDescriptor, extensions, several protocols, keys without a use. */
const SHIBBOLETH = `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:shibmd="urn:mace:shibboleth:metadata:1.0">
  <EntityDescriptor entityID="https://idp.university.example/idp/shibboleth">
    <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol urn:oasis:names:tc:SAML:1.1:protocol urn:mace:shibboleth:1.0">
      <Extensions><shibmd:Scope regexp="false">university.example</shibmd:Scope></Extensions>
      <KeyDescriptor><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${CERT_B}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></KeyDescriptor>
      <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
      <SingleSignOnService Binding="urn:mace:shibboleth:1.0:profiles:AuthnRequest" Location="https://idp.university.example/idp/profile/Shibboleth/SSO"/>
      <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.university.example/idp/profile/SAML2/POST/SSO"/>
    </IDPSSODescriptor>
  </EntityDescriptor>
</EntitiesDescriptor>`;

describe("SAML identity provider metadata", () => {
  it("reads AD FS: the SAML descriptor's signing key only, Redirect before POST, SOAP left out", () => {
    expect(parseIdpMetadata(ADFS)).toEqual({
      entityId: "http://adfs.partner.example/adfs/services/trust",
      ssoServices: [
        { binding: "HTTP-Redirect", location: "https://adfs.partner.example/adfs/ls/" },
        { binding: "HTTP-POST", location: "https://adfs.partner.example/adfs/ls/" },
      ],
      signingCertificates: [CERT_A],
      nameIdFormats: [
        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      ],
    });
  });

  it("keeps both certificates of a rollover (Entra)", () => {
    expect(parseIdpMetadata(ENTRA)).toMatchObject({
      entityId: "https://sts.windows.net/0000/",
      signingCertificates: [CERT_A, CERT_B],
      ssoServices: [{ binding: "HTTP-Redirect" }],
    });
  });

  it("reads one provider out of an EntitiesDescriptor, a key without a use included (Shibboleth)", () => {
    expect(parseIdpMetadata(SHIBBOLETH)).toMatchObject({
      entityId: "https://idp.university.example/idp/shibboleth",
      signingCertificates: [CERT_B],
      ssoServices: [{ binding: "HTTP-POST" }],
      nameIdFormats: ["urn:oasis:names:tc:SAML:2.0:nameid-format:transient"],
    });
  });

  it("says what is wrong with metadata it cannot use", () => {
    const refusal = (xml: string) => {
      try {
        parseIdpMetadata(xml);
        return "accepted";
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal("not xml at all")).toMatch(/not XML metadata/);
    expect(refusal(`<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${ENTRA}`)).toMatch(
      /DOCTYPE/,
    );
    expect(
      refusal(
        `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">${SHIBBOLETH.replace(/<\/?EntitiesDescriptor[^>]*>/g, "")}${SHIBBOLETH.replace(/<\/?EntitiesDescriptor[^>]*>/g, "").replace("university", "college")}</EntitiesDescriptor>`,
      ),
    ).toMatch(/describes 2 identity providers/);
    expect(refusal(ENTRA.replace(/<md:KeyDescriptor[\s\S]*?<\/md:KeyDescriptor>/g, ""))).toMatch(
      /no signing certificate/,
    );
    expect(refusal(ENTRA.replace("HTTP-Redirect", "SOAP"))).toMatch(/no single sign-on endpoint/);
    expect(refusal(ENTRA.replace('entityID="https://sts.windows.net/0000/"', ""))).toMatch(
      /no entityID/,
    );
    expect(
      refusal(
        ENTRA.replace("IDPSSODescriptor", "SPSSODescriptor").replace(
          "IDPSSODescriptor",
          "SPSSODescriptor",
        ),
      ),
    ).toMatch(/no SAML 2.0 identity provider/);
  });
});
