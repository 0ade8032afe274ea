import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { guardedFetch } from "../network/guarded-fetch";
import { MAX_METADATA_BYTES, parseIdpMetadata } from "./idp-metadata";
import {
  ZSamlIdentityProviderInput,
  type TSamlIdentityProviderInput,
} from "./saml-provider-schemas";

const unreachable = (url: string, why: string) =>
  new AppError("invalid_input", `The metadata at ${url} could not be read: ${why}.`, {
    fieldIssues: [{ path: "metadataUrl", message: `It could not be read: ${why}.` }],
  });

/** The partner's published metadata, fetched as connectors call out: no private addresses, no redirects, bounded. */
async function fetchMetadata(url: string, allowPrivateNetworks: boolean): Promise<string> {
  let response: Response;
  try {
    response = await guardedFetch(allowPrivateNetworks)(url, {
      headers: { accept: "application/samlmetadata+xml, application/xml, text/xml" },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw unreachable(url, error instanceof Error ? error.message : "no answer");
  }
  if (!response.ok) throw unreachable(url, `HTTP ${response.status}`);
  const text = await response.text();
  if (Buffer.byteLength(text) > MAX_METADATA_BYTES) throw unreachable(url, "it is too large");
  return text;
}

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
  const xml = data.metadataUrl
    ? await fetchMetadata(data.metadataUrl, options.allowPrivateNetworks)
    : data.metadataXml;
  const metadata = parseIdpMetadata(xml);
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
  const sso = metadata.ssoServices[0]!;
  return prisma.$transaction(async (tx) => {
    const provider = await tx.identityProvider.create({
      data: {
        tenantId,
        type: "SAML",
        displayName: data.displayName,
        issuer: metadata.entityId,
        discoveryUrl: data.metadataUrl || null,
        samlSsoUrl: sso.location,
        samlSsoBinding: sso.binding,
        samlCertificates: metadata.signingCertificates,
        samlNameIdFormat: lastingNameIdFormat(metadata.nameIdFormats),
        samlClockSkewSeconds: data.clockSkewSeconds,
        claimMapping: data.claimMapping,
        trustsEmailVerified: data.trustsEmailVerified,
      },
    });
    await recordChange(tx, access, {
      action: "identityProvider.created",
      targetType: "IdentityProvider",
      targetId: provider.id,
      after: {
        type: "SAML",
        displayName: provider.displayName,
        entityId: metadata.entityId,
        ssoBinding: sso.binding,
        certificates: metadata.signingCertificates.length,
      },
    });
    return provider;
  });
}

const NAME_ID_PREFERENCE = [
  "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
  "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
];

/**
 * The NameID becomes the identity's subject, so it must stay the same from one
 * sign-in to the next: persistent, else the email address, else whatever the
 * provider chooses (null) rather than a transient one.
 */
function lastingNameIdFormat(offered: string[]): string | null {
  return NAME_ID_PREFERENCE.find((format) => offered.includes(format)) ?? null;
}
