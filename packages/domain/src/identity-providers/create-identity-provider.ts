import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { identityProviderSecretContext } from "../federation/upstream-configuration";
import { identityProviderFields } from "./identity-provider-fields";
import {
  IDENTITY_PROVIDER_PRESETS,
  ZIdentityProviderInput,
  type TIdentityProviderInput,
} from "./identity-provider-schemas";

/** Kinds a tenant has at most one of. */
const SINGLETONS = new Set(["EMAIL_OTP", "EMAIL_PASSWORD", "MICROSOFT", "GOOGLE", "FACEBOOK"]);

export async function createIdentityProvider(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  input: TIdentityProviderInput,
) {
  assertCan(access, "identityProviders.manage");
  const data = ZIdentityProviderInput.parse(input);
  const tenantId = access.tenant.id;
  if (IDENTITY_PROVIDER_PRESETS[data.type].federated && !data.clientSecret) {
    throw new AppError("invalid_input", "Enter the client secret.", {
      fieldIssues: [{ path: "clientSecret", message: "Enter the client secret." }],
    });
  }
  if (
    SINGLETONS.has(data.type) &&
    (await prisma.identityProvider.count({ where: { tenantId, type: data.type } }))
  ) {
    throw new AppError(
      "conflict",
      `This tenant already has the ${IDENTITY_PROVIDER_PRESETS[data.type].label} provider; edit it instead.`,
    );
  }
  if (await prisma.identityProvider.count({ where: { tenantId, displayName: data.displayName } })) {
    throw new AppError(
      "conflict",
      `An identity provider named "${data.displayName}" already exists.`,
      {
        fieldIssues: [{ path: "displayName", message: "This name is taken." }],
      },
    );
  }
  return prisma.$transaction(async (tx) => {
    const provider = await tx.identityProvider.create({
      data: { tenantId, type: data.type, ...identityProviderFields(data) },
    });
    if (data.clientSecret) {
      await tx.identityProvider.update({
        where: { id: provider.id },
        data: {
          clientSecretEncrypted: encryptSecret(
            data.clientSecret,
            encryptionKey,
            identityProviderSecretContext(tenantId, provider.id),
          ),
        },
      });
    }
    await recordChange(tx, access, {
      action: "identityProvider.created",
      targetType: "IdentityProvider",
      targetId: provider.id,
      after: { type: data.type, ...identityProviderFields(data) },
    });
    return provider;
  });
}
