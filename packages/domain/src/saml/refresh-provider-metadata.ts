import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { IdentityProvider, Prisma } from "../generated/prisma/client";
import { metadataColumns, readIdpMetadata } from "./idp-metadata-source";
import { assertSameEntity } from "./same-entity";

export type MetadataRefresh = "updated" | "unchanged";

type MetadataChange = { before: Record<string, unknown>; after: Record<string, unknown> };

/**
 * Reads a SAML provider's metadata again from its URL and takes its newer
 * endpoints and certificates: how a partner's certificate rollover reaches
 * us (the new certificate is published before it signs). The write names the
 * row version it read, so an admin's edit meanwhile is never overwritten.
 */
export async function refreshProviderMetadata(
  prisma: PrismaClient,
  provider: IdentityProvider,
  options: { allowPrivateNetworks: boolean },
  record: (tx: Prisma.TransactionClient, change: MetadataChange) => Promise<void>,
): Promise<MetadataRefresh> {
  if (!provider.discoveryUrl)
    throw new AppError(
      "invalid_input",
      "This provider has no metadata URL to read again; paste its newer metadata instead.",
    );
  const metadata = await readIdpMetadata(
    { metadataUrl: provider.discoveryUrl, metadataXml: "" },
    options,
  );
  assertSameEntity(provider.issuer, metadata.entityId);
  const columns = metadataColumns(metadata);
  const now = {
    ssoUrl: columns.samlSsoUrl,
    ssoBinding: columns.samlSsoBinding,
    certificates: columns.samlCertificates,
    nameIdFormat: columns.samlNameIdFormat,
  };
  const was = {
    ssoUrl: provider.samlSsoUrl,
    ssoBinding: provider.samlSsoBinding,
    certificates: provider.samlCertificates,
    nameIdFormat: provider.samlNameIdFormat,
  };
  if (JSON.stringify(now) === JSON.stringify(was)) return "unchanged";
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.identityProvider.updateMany({
      where: { id: provider.id, tenantId: provider.tenantId, updatedAt: provider.updatedAt },
      data: columns,
    });
    if (!count) return "unchanged";
    const summary = (state: typeof was) => ({
      ...state,
      certificates: state.certificates.length,
    });
    await record(tx, { before: summary(was), after: summary(now) });
    return "updated";
  });
}
