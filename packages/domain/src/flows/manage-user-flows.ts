import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import {
  ZCreateUserFlowInput,
  ZFlowSettingsInput,
  ZPageLayoutInput,
  type TCreateUserFlowInput,
  type TFlowSettingsInput,
  type TPageLayoutInput,
} from "./flow-schemas";

const humanize = (name: string) =>
  name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

async function assertNameFree(
  prisma: PrismaClient,
  tenantId: string,
  name: string,
  exceptId?: string,
) {
  const clash = await prisma.userFlow.findFirst({
    where: {
      tenantId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (clash)
    throw new AppError("conflict", `A user flow named "${clash.name}" already exists.`, {
      fieldIssues: [{ path: "name", message: "This name is taken." }],
    });
}

/** Every id must belong to the tenant: ids from another tenant are treated as unknown. */
async function tenantOwned<T extends { id: string }>(
  rows: T[],
  ids: string[],
  what: string,
): Promise<T[]> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw new AppError("invalid_input", `Choose ${what} from this tenant.`);
    return row;
  });
}

export async function listUserFlows(prisma: PrismaClient, access: TenantAccess) {
  return prisma.userFlow.findMany({
    where: { tenantId: access.tenant.id },
    include: { _count: { select: { applications: true, attributes: true } } },
    orderBy: { name: "asc" },
  });
}

export async function getUserFlow(prisma: PrismaClient, access: TenantAccess, id: string) {
  const flow = await prisma.userFlow.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: {
      identityProviders: { include: { identityProvider: true }, orderBy: { position: "asc" } },
      attributes: { include: { userAttribute: true }, orderBy: { position: "asc" } },
      applications: { orderBy: { name: "asc" } },
    },
  });
  if (!flow) throw new AppError("not_found", "There is no such user flow in this tenant.");
  return flow;
}

/** Entra's "New user flow": name, identity providers, attributes to collect (optional, text boxes at first). */
export async function createUserFlow(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TCreateUserFlowInput,
) {
  assertCan(access, "userFlows.manage");
  const data = ZCreateUserFlowInput.parse(input);
  const tenantId = access.tenant.id;
  await assertNameFree(prisma, tenantId, data.name);
  const [providers, attributes] = await Promise.all([
    prisma.identityProvider
      .findMany({ where: { tenantId } })
      .then((rows) => tenantOwned(rows, data.identityProviderIds, "identity providers")),
    prisma.userAttribute
      .findMany({ where: { tenantId } })
      .then((rows) => tenantOwned(rows, data.attributeIds, "attributes")),
  ]);
  const flow = await prisma.userFlow.create({
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
  await recordChange(prisma, access, {
    action: "userFlow.created",
    targetType: "UserFlow",
    targetId: flow.id,
    after: data,
  });
  return flow;
}

/** Name, enabled, identity providers (in order) and the claims the flow returns. */
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
  await assertNameFree(prisma, tenantId, data.name, id);
  await tenantOwned(
    await prisma.identityProvider.findMany({ where: { tenantId } }),
    data.identityProviderIds,
    "identity providers",
  );
  const attributeNames = new Set(
    (await prisma.userAttribute.findMany({ where: { tenantId }, select: { name: true } })).map(
      (a) => a.name,
    ),
  );
  const unknown = data.returnClaims.filter((name) => !attributeNames.has(name));
  if (unknown.length)
    throw new AppError("invalid_input", `Unknown attributes: ${unknown.join(", ")}.`);

  await prisma.$transaction([
    prisma.userFlowIdentityProvider.deleteMany({ where: { userFlowId: id, tenantId } }),
    prisma.userFlowIdentityProvider.createMany({
      data: data.identityProviderIds.map((identityProviderId, position) => ({
        tenantId,
        userFlowId: id,
        identityProviderId,
        position,
      })),
    }),
    prisma.userFlow.update({
      where: { id },
      data: { name: data.name, enabled: data.enabled, returnClaims: data.returnClaims },
    }),
  ]);
  await recordChange(prisma, access, {
    action: "userFlow.updated",
    targetType: "UserFlow",
    targetId: id,
    before: {
      name: before.name,
      enabled: before.enabled,
      identityProviderIds: before.identityProviders.map((e) => e.identityProviderId),
      returnClaims: before.returnClaims,
    },
    after: data,
  });
}

/** The attribute page: which attributes, in what order, how each is asked. Replaces the whole layout. */
export async function updatePageLayout(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TPageLayoutInput,
) {
  assertCan(access, "userFlows.manage");
  const { entries } = ZPageLayoutInput.parse(input);
  const before = await getUserFlow(prisma, access, id);
  const tenantId = access.tenant.id;
  const attributes = await tenantOwned(
    await prisma.userAttribute.findMany({ where: { tenantId } }),
    entries.map((e) => e.userAttributeId),
    "attributes",
  );
  entries.forEach((entry, index) => {
    if (attributes[index]!.dataType !== entry.dataType)
      throw new AppError(
        "invalid_input",
        `The data type of ${attributes[index]!.name} has changed; reload the page.`,
      );
  });

  await prisma.$transaction([
    prisma.userFlowAttribute.deleteMany({ where: { userFlowId: id, tenantId } }),
    prisma.userFlowAttribute.createMany({
      data: entries.map((entry, position) => ({
        tenantId,
        userFlowId: id,
        userAttributeId: entry.userAttributeId,
        position,
        label: entry.label,
        helpText: entry.helpText || null,
        required: entry.required,
        inputType: entry.inputType,
        options: entry.options as Prisma.InputJsonValue,
      })),
    }),
  ]);
  await recordChange(prisma, access, {
    action: "userFlow.layoutUpdated",
    targetType: "UserFlow",
    targetId: id,
    before: before.attributes.map((e) => ({
      attribute: e.userAttribute.name,
      label: e.label,
      required: e.required,
      inputType: e.inputType,
    })),
    after: entries.map((e, i) => ({
      attribute: attributes[i]!.name,
      label: e.label,
      required: e.required,
      inputType: e.inputType,
    })),
  });
}

export async function deleteUserFlow(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "userFlows.manage");
  const flow = await getUserFlow(prisma, access, id);
  await prisma.userFlow.delete({ where: { id } });
  await recordChange(prisma, access, {
    action: "userFlow.deleted",
    targetType: "UserFlow",
    targetId: id,
    before: { name: flow.name, applications: flow.applications.map((a) => a.name) },
  });
}
