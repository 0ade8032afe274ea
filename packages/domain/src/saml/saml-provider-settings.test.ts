import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantAccess } from "../access/tenant-access";
import { getPrisma } from "../database/prisma-client";
import { listIdentityProviders } from "../identity-providers/list-identity-providers";
import { demoTenantOwner, seedJourneyTenant } from "../../testing/journey-test-harness";
import { samlTestIdp } from "../../testing/saml-test-idp";
import { createSamlIdentityProvider } from "./create-saml-identity-provider";
import { refreshAllSamlMetadata } from "./refresh-all-saml-metadata";
import { refreshSamlMetadata } from "./refresh-saml-metadata";
import { updateSamlIdentityProvider } from "./update-saml-identity-provider";

const prisma = getPrisma();
const noNetwork = { allowPrivateNetworks: false };
const loopback = { allowPrivateNetworks: true };
const plum = samlTestIdp("https://idp.plum.test", "https://idp.plum.test/sso");
// A partner's next certificate, which its metadata lists once it rolls over.
const nextKey = samlTestIdp("https://idp.next.test", "https://idp.next.test/sso");
let owner: TenantAccess;
/** What each partner publishes, by the metadata URL's path. */
const published = new Map<string, string>();
let metadataServer: Server;
let metadataBase: string;

beforeAll(async () => {
  await seedJourneyTenant(prisma);
  owner = await demoTenantOwner(prisma);
  metadataServer = createServer((request, response) => {
    response.setHeader("content-type", "application/samlmetadata+xml");
    response.end(published.get(request.url ?? "") ?? "");
  });
  await new Promise<void>((resolve) => metadataServer.listen(0, "127.0.0.1", resolve));
  metadataBase = `http://127.0.0.1:${(metadataServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  metadataServer.close();
  await prisma.$disconnect();
});

let partners = 0;

/** A partner publishing its metadata at a URL of the test server, and its provider here. */
async function publishingPartner() {
  partners += 1;
  const idp = samlTestIdp(`https://idp.pear${partners}.test`, "https://idp.pear.test/sso");
  const path = `/pear${partners}/metadata`;
  published.set(path, idp.metadataXml());
  const provider = await createSamlIdentityProvider(
    prisma,
    owner,
    { displayName: `Pear ${partners}`, metadataXml: idp.metadataXml() },
    noNetwork,
  );
  // Stored as if added from its URL (the form only accepts https; this test serves http on loopback).
  await prisma.identityProvider.update({
    where: { id: provider.id },
    data: { discoveryUrl: `${metadataBase}${path}` },
  });
  return {
    id: provider.id,
    publish: (xml: string) => published.set(path, xml),
    rolledOver: () => idp.metadataXml().replace(idp.certificateBase64, nextKey.certificateBase64),
  };
}

describe("changing a SAML identity provider", () => {
  it("saves its settings with an audit event, and takes newer metadata only for the same entity id", async () => {
    const provider = await createSamlIdentityProvider(
      prisma,
      owner,
      { displayName: "Plum IdP", metadataXml: plum.metadataXml() },
      noNetwork,
    );
    const changes = {
      displayName: "Plum",
      enabled: false,
      trustsEmailVerified: true,
      clockSkewSeconds: 30,
      claimMapping: { companyName: "http://schemas.xmlsoap.org/claims/CompanyName" },
      emailDomains: ["plum.test", "PLUM.example"],
    };
    const rolled = plum.metadataXml().replace(plum.certificateBase64, nextKey.certificateBase64);
    const updated = await updateSamlIdentityProvider(
      prisma,
      owner,
      provider.id,
      { ...changes, metadataXml: rolled },
      noNetwork,
    );
    expect(updated).toMatchObject({
      displayName: "Plum",
      enabled: false,
      trustsEmailVerified: true,
      samlClockSkewSeconds: 30,
      claimMapping: changes.claimMapping,
      samlCertificates: [nextKey.certificateBase64],
    });
    const listed = (await listIdentityProviders(prisma, owner)).find((p) => p.id === provider.id);
    expect(listed?.emailDomains).toEqual(["plum.example", "plum.test"]);
    expect(listed?.samlCertificateExpiries[0]?.getTime()).toBeGreaterThan(Date.now());
    expect(
      await prisma.auditEvent.count({
        where: { targetId: provider.id, action: "identityProvider.updated" },
      }),
    ).toBe(1);

    const stranger = samlTestIdp("https://idp.stranger.test", "https://idp.stranger.test/sso");
    await expect(
      updateSamlIdentityProvider(
        prisma,
        owner,
        provider.id,
        { ...changes, metadataXml: stranger.metadataXml() },
        noNetwork,
      ),
    ).rejects.toMatchObject({
      code: "invalid_input",
      message: /is for https:\/\/idp\.stranger\.test/,
    });
    await expect(
      updateSamlIdentityProvider(
        prisma,
        owner,
        provider.id,
        { ...changes, clockSkewSeconds: 3600 },
        noNetwork,
      ),
    ).rejects.toThrow();
    await expect(
      updateSamlIdentityProvider(
        prisma,
        { ...owner, role: "READER" },
        provider.id,
        changes,
        noNetwork,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    // Another tenant's provider id, or an OIDC provider's, is not a SAML provider here.
    const oidc = await prisma.identityProvider.findFirstOrThrow({
      where: { tenantId: owner.tenant.id, type: { not: "SAML" } },
    });
    await expect(
      updateSamlIdentityProvider(prisma, owner, oidc.id, changes, noNetwork),
    ).rejects.toMatchObject({ code: "not_found" });
    const elsewhere = await prisma.tenant.create({
      data: { slug: "elsewhere", name: "Elsewhere", extensionAppId: "f".repeat(32) },
    });
    await expect(
      updateSamlIdentityProvider(
        prisma,
        { ...owner, tenant: elsewhere },
        provider.id,
        changes,
        noNetwork,
      ),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("reading a partner's metadata again", () => {
  it("takes a rolled-over certificate once, then finds nothing new", async () => {
    const provider = await publishingPartner();
    provider.publish(provider.rolledOver());
    expect(await refreshSamlMetadata(prisma, owner, provider.id, loopback)).toBe("updated");
    expect(
      (await prisma.identityProvider.findUniqueOrThrow({ where: { id: provider.id } }))
        .samlCertificates,
    ).toEqual([nextKey.certificateBase64]);
    expect(await refreshSamlMetadata(prisma, owner, provider.id, loopback)).toBe("unchanged");
    expect(
      await prisma.auditEvent.count({
        where: { targetId: provider.id, action: "identityProvider.metadataRefreshed" },
      }),
    ).toBe(1);
    // Loopback is refused outside development and tests, as for connectors.
    await expect(refreshSamlMetadata(prisma, owner, provider.id, noNetwork)).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("never turns a provider into another partner, and the daily job counts who failed", async () => {
    const provider = await publishingPartner();
    provider.publish(
      samlTestIdp("https://idp.impostor.test", "https://idp.impostor.test/sso").metadataXml(),
    );
    await expect(refreshSamlMetadata(prisma, owner, provider.id, loopback)).rejects.toMatchObject({
      code: "invalid_input",
    });
    const outcome = await refreshAllSamlMetadata(prisma, loopback);
    expect(outcome.failed).toBeGreaterThanOrEqual(1);
    expect(
      (await prisma.identityProvider.findUniqueOrThrow({ where: { id: provider.id } })).issuer,
    ).toBe("https://idp.pear2.test");

    const fresh = await publishingPartner();
    fresh.publish(fresh.rolledOver());
    const daily = await refreshAllSamlMetadata(prisma, loopback);
    expect(daily.updated).toBeGreaterThanOrEqual(1);
    expect(
      await prisma.auditEvent.findFirst({
        where: { targetId: fresh.id, action: "identityProvider.metadataRefreshed" },
      }),
    ).toMatchObject({ actorType: "SYSTEM", tenantId: owner.tenant.id });
  });
});
