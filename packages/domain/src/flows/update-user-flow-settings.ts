import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { ZFlowSettingsInput, type TFlowSettingsInput } from "./flow-schemas";
import { assertFlowNameFree, tenantOwned } from "./flow-references";
import { getUserFlow } from "./get-user-flow";
import { TERMS_ACCEPTED_CLAIM } from "../terms/terms-schemas";

/** Name, enabled, who may sign up (invitation-only, approval), identity providers (in order) and the claims the flow returns. */
export async function updateUserFlowSettings(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TFlowSettingsInput,
) {
  assertCan(access, "userFlows.manage");
  const data = ZFlowSettingsInput.parse(input);
  const before = await getUserFlow(prisma, access, id);
  const tenantId = access.tenant.id;
  await assertFlowNameFree(prisma, tenantId, data.name, id);
  tenantOwned(
    await prisma.identityProvider.findMany({ where: { tenantId } }),
    data.identityProviderIds,
    "identity providers",
  );
  const attributeNames = new Set(
    (await prisma.userAttribute.findMany({ where: { tenantId }, select: { name: true } })).map(
      (a) => a.name,
    ),
  );
  if (data.termsDocumentIds)
    tenantOwned(
      await prisma.termsDocument.findMany({ where: { tenantId }, select: { id: true } }),
      data.termsDocumentIds,
      "terms documents",
    );
  attributeNames.add(TERMS_ACCEPTED_CLAIM);
  const unknown = data.returnClaims.filter((name) => !attributeNames.has(name));
  if (unknown.length)
    throw new AppError("invalid_input", `Unknown attributes: ${unknown.join(", ")}.`);

  await prisma.$transaction(async (tx) => {
    if (data.termsDocumentIds) {
      await tx.userFlowTerms.deleteMany({ where: { userFlowId: id, tenantId } });
      await tx.userFlowTerms.createMany({
        data: [...new Set(data.termsDocumentIds)].map((termsDocumentId, position) => ({
          tenantId,
          userFlowId: id,
          termsDocumentId,
          position,
        })),
      });
    }
    await tx.userFlowIdentityProvider.deleteMany({ where: { userFlowId: id, tenantId } });
    await tx.userFlowIdentityProvider.createMany({
      data: data.identityProviderIds.map((identityProviderId, position) => ({
        tenantId,
        userFlowId: id,
        identityProviderId,
        position,
      })),
    });
    await tx.userFlow.update({
      where: { id, tenantId },
      data: {
        name: data.name,
        enabled: data.enabled,
        invitationOnly: data.invitationOnly,
        requiresApproval: data.requiresApproval,
        approvalExemptDomains: data.approvalExemptDomains,
        askMissingAttributes: data.askMissingAttributes,
        secondFactorPolicy: data.secondFactorPolicy,
        trustUpstreamMfa: data.trustUpstreamMfa,
        passkeySignIn: data.passkeySignIn,
        botProtection: data.botProtection,
        botProtectionDifficulty: data.botProtectionDifficulty,
        returnClaims: data.returnClaims,
      },
    });
    await recordChange(tx, access, {
      action: "userFlow.updated",
      targetType: "UserFlow",
      targetId: id,
      before: {
        name: before.name,
        enabled: before.enabled,
        invitationOnly: before.invitationOnly,
        requiresApproval: before.requiresApproval,
        approvalExemptDomains: before.approvalExemptDomains,
        askMissingAttributes: before.askMissingAttributes,
        secondFactorPolicy: before.secondFactorPolicy,
        trustUpstreamMfa: before.trustUpstreamMfa,
        passkeySignIn: before.passkeySignIn,
        botProtection: before.botProtection,
        botProtectionDifficulty: before.botProtectionDifficulty,
        termsDocumentIds: before.terms.map((entry) => entry.termsDocumentId),
        identityProviderIds: before.identityProviders.map((e) => e.identityProviderId),
        returnClaims: before.returnClaims,
      },
      after: data,
    });
  });
}
