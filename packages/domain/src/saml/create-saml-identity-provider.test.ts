import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { demoTenantOwner, seedJourneyTenant } from "../../testing/journey-test-harness";
import { createSamlIdentityProvider } from "./create-saml-identity-provider";

const prisma = getPrisma();
let owner: TenantAccess;

const metadata = (
  entityId: string,
) => `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC8DCCAdigAwIBAgIQaaaa</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.partner.test/sso/post"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.partner.test/sso/redirect"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
});
afterAll(() => prisma.$disconnect());

describe("adding a SAML identity provider", () => {
  it("reads everything from pasted metadata, once per entity id, with an audit event", async () => {
    const provider = await createSamlIdentityProvider(
      prisma,
      owner,
      { displayName: "Partner AD FS", metadataXml: metadata("https://idp.partner.test") },
      { allowPrivateNetworks: false },
    );
    expect(provider).toMatchObject({
      type: "SAML",
      issuer: "https://idp.partner.test",
      samlSsoUrl: "https://idp.partner.test/sso/redirect",
      samlSsoBinding: "HTTP-Redirect",
      samlCertificates: ["MIIC8DCCAdigAwIBAgIQaaaa"],
      samlNameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      trustsEmailVerified: false,
    });
    await expect(
      createSamlIdentityProvider(
        prisma,
        owner,
        { displayName: "Same partner again", metadataXml: metadata("https://idp.partner.test") },
        { allowPrivateNetworks: false },
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(
      await prisma.auditEvent.count({
        where: {
          tenantId: owner.tenant.id,
          targetId: provider.id,
          action: "identityProvider.created",
        },
      }),
    ).toBe(1);
  });

  it("refuses metadata it cannot use, a private address, and people who may not manage providers", async () => {
    await expect(
      createSamlIdentityProvider(
        prisma,
        owner,
        { displayName: "Broken", metadataXml: "<html>not metadata</html>" },
        { allowPrivateNetworks: false },
      ),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      createSamlIdentityProvider(
        prisma,
        owner,
        { displayName: "Internal", metadataUrl: "https://127.0.0.1:9/metadata" },
        { allowPrivateNetworks: false },
      ),
    ).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("private") });
    await expect(
      createSamlIdentityProvider(
        prisma,
        owner,
        { displayName: "Plain", metadataUrl: "http://idp.partner.test/metadata" },
        { allowPrivateNetworks: false },
      ),
    ).rejects.toThrow();
    await expect(
      createSamlIdentityProvider(
        prisma,
        { ...owner, role: "READER" },
        { displayName: "Nope", metadataXml: metadata("https://idp.reader.test") },
        { allowPrivateNetworks: false },
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
