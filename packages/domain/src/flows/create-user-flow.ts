import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { ZCreateUserFlowInput, type TCreateUserFlowInput } from "./flow-schemas";
import { assertFlowNameFree, tenantOwned } from "./flow-references";

const humanize = (name: string) =>
  name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

/** Entra's "New user flow": name, identity providers, attributes to collect (optional, text boxes at first). */
export async function createUserFlow(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TCreateUserFlowInput,
) {
  assertCan(access, "userFlows.manage");
  const data = ZCreateUserFlowInput.parse(input);
  const tenantId = access.tenant.id;
  await assertFlowNameFree(prisma, tenantId, data.name);
  const [providers, attributes] = await Promise.all([
    prisma.identityProvider
      .findMany({ where: { tenantId } })
      .then((rows) => tenantOwned(rows, data.identityProviderIds, "identity providers")),
    prisma.userAttribute
      .findMany({ where: { tenantId } })
      .then((rows) => tenantOwned(rows, data.attributeIds, "attributes")),
  ]);
  return prisma.$transaction(async (tx) => {
    const flow = await tx.userFlow.create({
      data: {
        tenantId,
        name: data.name,
        returnClaims: [...new Set(["email", "displayName", ...attributes.map((a) => a.name)])],
        identityProviders: {
          create: providers.map((idp, position) => ({
            tenantId,
            identityProviderId: idp.id,
            position,
          })),
        },
        attributes: {
          create: attributes.map((attribute, position) => ({
            tenantId,
            userAttributeId: attribute.id,
            position,
            label: humanize(attribute.name),
            required: false,
            inputType: attribute.dataType === "BOOLEAN" ? "CHECKBOX" : "TEXTBOX",
          })),
        },
      },
    });
    await recordChange(tx, access, {
      action: "userFlow.created",
      targetType: "UserFlow",
      targetId: flow.id,
      after: data,
    });
    return flow;
  });
}
