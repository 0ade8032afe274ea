import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { homeRealmConflict, writeHomeRealmDomains } from "../identity-providers/home-realm-domains";
import { metadataColumns, readIdpMetadata } from "./idp-metadata-source";
import {
  ZSamlIdentityProviderInput,
  type TSamlIdentityProviderInput,
} from "./saml-provider-schemas";

/**
 * Adds a partner's SAML 2.0 identity provider from its metadata: entity id,
 * single sign-on endpoint (HTTP-Redirect preferred), signing certificates and
 * NameID format are read from it, so nothing is typed by hand. The entity id
 * is unique per tenant (it is the issuer of the identities it creates).
 */
export async function createSamlIdentityProvider(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TSamlIdentityProviderInput,
  options: { allowPrivateNetworks: boolean },
) {
  assertCan(access, "identityProviders.manage");
  const data = ZSamlIdentityProviderInput.parse(input);
  const tenantId = access.tenant.id;
  const metadata = await readIdpMetadata(data, options);
  const [taken, sameIssuer] = await Promise.all([
    prisma.identityProvider.count({ where: { tenantId, displayName: data.displayName } }),
    prisma.identityProvider.count({ where: { tenantId, issuer: metadata.entityId } }),
  ]);
  if (taken)
    throw new AppError(
      "conflict",
      `An identity provider named "${data.displayName}" already exists.`,
      {
        fieldIssues: [{ path: "displayName", message: "This name is taken." }],
      },
    );
  if (sameIssuer)
    throw new AppError("conflict", `${metadata.entityId} is already an identity provider here.`);
  const columns = metadataColumns(metadata);
  return prisma
    .$transaction(async (tx) => {
      const provider = await tx.identityProvider.create({
        data: {
          tenantId,
          type: "SAML",
          displayName: data.displayName,
          discoveryUrl: data.metadataUrl || null,
          ...columns,
          samlClockSkewSeconds: data.clockSkewSeconds,
          claimMapping: data.claimMapping,
          trustsEmailVerified: data.trustsEmailVerified,
        },
      });
      await writeHomeRealmDomains(tx, tenantId, provider.id, data.emailDomains);
      await recordChange(tx, access, {
        action: "identityProvider.created",
        targetType: "IdentityProvider",
        targetId: provider.id,
        after: {
          type: "SAML",
          displayName: provider.displayName,
          entityId: metadata.entityId,
          ssoBinding: columns.samlSsoBinding,
          certificates: metadata.signingCertificates.length,
          emailDomains: data.emailDomains,
        },
      });
      return provider;
    })
    .catch((error: unknown) => {
      throw homeRealmConflict(error);
    });
}
