import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { identityProviderSecretContext } from "../federation/upstream-configuration";
import { identityProviderFields } from "./identity-provider-fields";
import { ZIdentityProviderInput, type TIdentityProviderInput } from "./identity-provider-schemas";

/** An empty secret keeps the stored one. The type cannot change. */
export async function updateIdentityProvider(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  id: string,
  input: TIdentityProviderInput,
) {
  assertCan(access, "identityProviders.manage");
  const data = ZIdentityProviderInput.parse(input);
  const before = await prisma.identityProvider.findFirst({
    where: { id, tenantId: access.tenant.id },
  });
  if (!before)
    throw new AppError("not_found", "There is no such identity provider in this tenant.");
  if (before.type !== data.type)
    throw new AppError(
      "invalid_input",
      "The kind of an identity provider cannot change; add a new one.",
    );
  // Left out (an older API client): the setting stays as it is.
  data.trustsEmailVerified ??= before.trustsEmailVerified;
  return prisma.$transaction(async (tx) => {
    const updated = await tx.identityProvider.update({
      where: { id, tenantId: access.tenant.id },
      data: {
        ...identityProviderFields(data),
        ...(data.clientSecret
          ? {
              clientSecretEncrypted: encryptSecret(
                data.clientSecret,
                encryptionKey,
                identityProviderSecretContext(access.tenant.id, id),
              ),
            }
          : {}),
      },
    });
    await recordChange(tx, access, {
      action: "identityProvider.updated",
      targetType: "IdentityProvider",
      targetId: id,
      before: {
        displayName: before.displayName,
        enabled: before.enabled,
        issuer: before.issuer,
        clientId: before.clientId,
        scopes: before.scopes,
        trustsEmailVerified: before.trustsEmailVerified,
      },
      after: {
        ...identityProviderFields(data),
        clientSecret: data.clientSecret ? "(changed)" : "(unchanged)",
      },
    });
    return updated;
  });
}
