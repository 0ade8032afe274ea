import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { refreshProviderMetadata, type MetadataRefresh } from "./refresh-provider-metadata";

/** "Read the metadata again" on the provider's admin page. */
export async function refreshSamlMetadata(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  options: { allowPrivateNetworks: boolean },
): Promise<MetadataRefresh> {
  assertCan(access, "identityProviders.manage");
  const provider = await prisma.identityProvider.findFirst({
    where: { id, tenantId: access.tenant.id, type: "SAML" },
  });
  if (!provider) throw new AppError("not_found", "There is no such SAML identity provider here.");
  return refreshProviderMetadata(prisma, provider, options, (tx, change) =>
    recordChange(tx, access, {
      action: "identityProvider.metadataRefreshed",
      targetType: "IdentityProvider",
      targetId: id,
      ...change,
    }),
  );
}
