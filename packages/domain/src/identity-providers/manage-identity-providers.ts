import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { identityProviderSecretContext } from "../federation/upstream-configuration";
import {
  IDENTITY_PROVIDER_PRESETS,
  ZIdentityProviderInput,
  trustsEmailByDefault,
  type TIdentityProviderInput,
} from "./identity-provider-schemas";

const SINGLETONS = new Set(["EMAIL_OTP", "EMAIL_PASSWORD", "MICROSOFT", "GOOGLE", "FACEBOOK"]);

/** Never returns a secret: only whether one is set. */
export async function listIdentityProviders(prisma: PrismaClient, access: TenantAccess) {
  const providers = await prisma.identityProvider.findMany({
    where: { tenantId: access.tenant.id },
    include: { userFlows: { select: { userFlow: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return providers.map(({ clientSecretEncrypted, userFlows, ...provider }) => ({
    ...provider,
    hasClientSecret: !!clientSecretEncrypted,
    usedBy: userFlows.map((entry) => entry.userFlow.name),
  }));
}

function fieldsFor(data: ReturnType<typeof ZIdentityProviderInput.parse>) {
  const federated = IDENTITY_PROVIDER_PRESETS[data.type].federated;
  return {
    displayName: data.displayName,
    enabled: data.enabled,
    issuer: data.type === "OIDC" ? data.issuer : null,
    clientId: federated ? data.clientId : null,
    scopes: data.scopes.split(/[\s,]+/).filter(Boolean),
    claimMapping: data.type === "OIDC" ? data.claimMapping : {},
    trustsEmailVerified: federated && (data.trustsEmailVerified ?? trustsEmailByDefault(data.type)),
  };
}

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
      data: { tenantId, type: data.type, ...fieldsFor(data) },
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
      after: { type: data.type, ...fieldsFor(data) },
    });
    return provider;
  });
}

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
      where: { id },
      data: {
        ...fieldsFor(data),
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
      after: { ...fieldsFor(data), clientSecret: data.clientSecret ? "(changed)" : "(unchanged)" },
    });
    return updated;
  });
}

export async function deleteIdentityProvider(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
) {
  assertCan(access, "identityProviders.manage");
  const provider = await prisma.identityProvider.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: { userFlows: { select: { userFlow: { select: { name: true } } } } },
  });
  if (!provider)
    throw new AppError("not_found", "There is no such identity provider in this tenant.");
  if (provider.userFlows.length > 0) {
    throw new AppError(
      "conflict",
      `${provider.displayName} cannot be deleted: the user flow "${provider.userFlows[0]!.userFlow.name}" offers it. Remove it from the flow first.`,
    );
  }
  await prisma.$transaction(async (tx) => {
    await tx.identityProvider.delete({ where: { id } });
    await recordChange(tx, access, {
      action: "identityProvider.deleted",
      targetType: "IdentityProvider",
      targetId: id,
      before: { type: provider.type, displayName: provider.displayName },
    });
  });
}
