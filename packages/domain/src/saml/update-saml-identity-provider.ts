import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { homeRealmConflict, writeHomeRealmDomains } from "../identity-providers/home-realm-domains";
import { metadataColumns, readIdpMetadata } from "./idp-metadata-source";
import { assertSameEntity } from "./same-entity";
import {
  ZSamlIdentityProviderUpdate,
  type TSamlIdentityProviderUpdate,
} from "./saml-provider-schemas";

/**
 * Changes a SAML identity provider's settings. Newer metadata (pasted, or a
 * new URL to read it from) replaces the endpoints and certificates, but only
 * for the same entity id: the identities it created name that issuer, and a
 * different partner is a new provider. An empty URL stops the daily refresh.
 */
export async function updateSamlIdentityProvider(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TSamlIdentityProviderUpdate,
  options: { allowPrivateNetworks: boolean },
) {
  assertCan(access, "identityProviders.manage");
  const data = ZSamlIdentityProviderUpdate.parse(input);
  const tenantId = access.tenant.id;
  const before = await prisma.identityProvider.findFirst({
    where: { id, tenantId, type: "SAML" },
    include: { domains: { select: { domain: true } } },
  });
  if (!before) throw new AppError("not_found", "There is no such SAML identity provider here.");
  const newSource = data.metadataXml.trim()
    ? { metadataUrl: "", metadataXml: data.metadataXml }
    : data.metadataUrl && data.metadataUrl !== before.discoveryUrl
      ? { metadataUrl: data.metadataUrl, metadataXml: "" }
      : null;
  const metadata = newSource ? await readIdpMetadata(newSource, options) : null;
  if (metadata) assertSameEntity(before.issuer, metadata.entityId);
  const taken = await prisma.identityProvider.count({
    where: { tenantId, displayName: data.displayName, id: { not: id } },
  });
  if (taken)
    throw new AppError(
      "conflict",
      `An identity provider named "${data.displayName}" already exists.`,
      { fieldIssues: [{ path: "displayName", message: "This name is taken." }] },
    );
  return prisma
    .$transaction(async (tx) => {
      const updated = await tx.identityProvider.update({
        where: { id, tenantId },
        data: {
          displayName: data.displayName,
          enabled: data.enabled,
          discoveryUrl: data.metadataUrl || null,
          claimMapping: data.claimMapping,
          trustsEmailVerified: data.trustsEmailVerified,
          samlClockSkewSeconds: data.clockSkewSeconds,
          ...(metadata ? metadataColumns(metadata) : {}),
        },
      });
      await writeHomeRealmDomains(tx, tenantId, id, data.emailDomains);
      await recordChange(tx, access, {
        action: "identityProvider.updated",
        targetType: "IdentityProvider",
        targetId: id,
        before: {
          displayName: before.displayName,
          enabled: before.enabled,
          metadataUrl: before.discoveryUrl,
          claimMapping: before.claimMapping,
          trustsEmailVerified: before.trustsEmailVerified,
          clockSkewSeconds: before.samlClockSkewSeconds,
          emailDomains: before.domains.map((entry) => entry.domain),
          certificates: before.samlCertificates.length,
        },
        after: {
          displayName: updated.displayName,
          enabled: updated.enabled,
          metadataUrl: updated.discoveryUrl,
          claimMapping: data.claimMapping,
          trustsEmailVerified: updated.trustsEmailVerified,
          clockSkewSeconds: updated.samlClockSkewSeconds,
          emailDomains: data.emailDomains,
          certificates: updated.samlCertificates.length,
          metadata: metadata ? "replaced" : "unchanged",
        },
      });
      return updated;
    })
    .catch((error: unknown) => {
      throw homeRealmConflict(error);
    });
}
