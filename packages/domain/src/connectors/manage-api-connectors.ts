import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import { encryptSecret } from "../crypto/secret-box";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import { readClientCertificate } from "./client-certificate";
import {
  ZApiConnectorInput,
  ZFlowConnectorsInput,
  type TApiConnectorInput,
  type TFlowConnectorsInput,
} from "./connector-schemas";

export const connectorSecretContext = (tenantId: string, id: string, field: string) =>
  `api-connector:${tenantId}:${id}:${field}`;

/** Connectors of the tenant without their secrets: only whether each is set. */
export async function listApiConnectors(prisma: PrismaClient, access: TenantAccess) {
  const connectors = await prisma.apiConnector.findMany({
    where: { tenantId: access.tenant.id },
    include: { userFlows: { select: { step: true, userFlow: { select: { name: true } } } } },
    orderBy: { displayName: "asc" },
  });
  return connectors.map(
    ({
      basicPasswordEncrypted,
      certificateEncrypted,
      certificatePasswordEncrypted: _certificatePassword,
      userFlows,
      ...connector
    }) => ({
      ...connector,
      hasBasicPassword: !!basicPasswordEncrypted,
      hasCertificate: !!certificateEncrypted,
      usedBy: userFlows.map((entry) => ({ flow: entry.userFlow.name, step: entry.step })),
    }),
  );
}

async function assertNameFree(
  prisma: PrismaClient,
  tenantId: string,
  displayName: string,
  exceptId?: string,
) {
  const clash = await prisma.apiConnector.findFirst({
    where: { tenantId, displayName, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (clash)
    throw new AppError("conflict", `An API connector named "${displayName}" already exists.`, {
      fieldIssues: [{ path: "displayName", message: "This name is taken." }],
    });
}

/** Builds the columns to write; secrets are encrypted, and empty ones left as they are. */
function columnsFor(
  data: ReturnType<typeof ZApiConnectorInput.parse>,
  tenantId: string,
  id: string,
  encryptionKey: string,
  isNew: boolean,
) {
  const seal = (value: string, field: string) =>
    encryptSecret(value, encryptionKey, connectorSecretContext(tenantId, id, field));
  const columns: Record<string, unknown> = {
    displayName: data.displayName,
    endpointUrl: data.endpointUrl,
    authType: data.authType,
    timeoutMs: data.timeoutMs,
    retries: data.retries,
  };
  if (data.authType === "BASIC") {
    if (!data.basicUsername)
      throw new AppError("invalid_input", "Enter the username.", {
        fieldIssues: [{ path: "basicUsername", message: "Enter the username." }],
      });
    if (isNew && !data.basicPassword)
      throw new AppError("invalid_input", "Enter the password.", {
        fieldIssues: [{ path: "basicPassword", message: "Enter the password." }],
      });
    columns.basicUsername = data.basicUsername;
    if (data.basicPassword)
      columns.basicPasswordEncrypted = seal(data.basicPassword, "basicPassword");
  } else {
    if (isNew && !data.certificateBase64) {
      throw new AppError("invalid_input", "Upload the client certificate (.pfx).", {
        fieldIssues: [{ path: "certificateBase64", message: "Upload the .pfx file." }],
      });
    }
    if (data.certificateBase64) {
      const info = readClientCertificate(data.certificateBase64, data.certificatePassword);
      Object.assign(columns, {
        certificateEncrypted: seal(data.certificateBase64, "certificate"),
        certificatePasswordEncrypted: seal(data.certificatePassword, "certificatePassword"),
        certificateThumbprint: info.thumbprint,
        certificateExpiresAt: info.expiresAt,
      });
    }
  }
  return columns;
}

export async function createApiConnector(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  input: TApiConnectorInput,
) {
  assertCan(access, "apiConnectors.manage");
  const data = ZApiConnectorInput.parse(input);
  const tenantId = access.tenant.id;
  await assertNameFree(prisma, tenantId, data.displayName);
  // The id is needed for the encryption context before the row exists.
  const id = crypto.randomUUID();
  const connector = await prisma.apiConnector.create({
    data: { id, tenantId, ...columnsFor(data, tenantId, id, encryptionKey, true) } as never,
  });
  await recordChange(prisma, access, {
    action: "apiConnector.created",
    targetType: "ApiConnector",
    targetId: id,
    after: {
      displayName: data.displayName,
      endpointUrl: data.endpointUrl,
      authType: data.authType,
      timeoutMs: data.timeoutMs,
      retries: data.retries,
    },
  });
  return connector;
}

export async function updateApiConnector(
  prisma: PrismaClient,
  access: TenantAccess,
  encryptionKey: string,
  id: string,
  input: TApiConnectorInput,
) {
  assertCan(access, "apiConnectors.manage");
  const data = ZApiConnectorInput.parse(input);
  const before = await prisma.apiConnector.findFirst({ where: { id, tenantId: access.tenant.id } });
  if (!before) throw new AppError("not_found", "There is no such API connector in this tenant.");
  await assertNameFree(prisma, access.tenant.id, data.displayName, id);
  const switched = before.authType !== data.authType;
  const columns = columnsFor(data, access.tenant.id, id, encryptionKey, switched);
  const cleared =
    data.authType === "BASIC"
      ? {
          certificateEncrypted: null,
          certificatePasswordEncrypted: null,
          certificateThumbprint: null,
          certificateExpiresAt: null,
        }
      : { basicUsername: null, basicPasswordEncrypted: null };
  const updated = await prisma.apiConnector.update({
    where: { id },
    data: { ...cleared, ...columns } as never,
  });
  await recordChange(prisma, access, {
    action: "apiConnector.updated",
    targetType: "ApiConnector",
    targetId: id,
    before: {
      displayName: before.displayName,
      endpointUrl: before.endpointUrl,
      authType: before.authType,
      timeoutMs: before.timeoutMs,
      retries: before.retries,
    },
    after: {
      displayName: data.displayName,
      endpointUrl: data.endpointUrl,
      authType: data.authType,
      timeoutMs: data.timeoutMs,
      retries: data.retries,
      secrets: data.basicPassword || data.certificateBase64 ? "(changed)" : "(unchanged)",
    },
  });
  return updated;
}

export async function deleteApiConnector(prisma: PrismaClient, access: TenantAccess, id: string) {
  assertCan(access, "apiConnectors.manage");
  const connector = await prisma.apiConnector.findFirst({
    where: { id, tenantId: access.tenant.id },
    include: { userFlows: { select: { userFlow: { select: { name: true } } } } },
  });
  if (!connector) throw new AppError("not_found", "There is no such API connector in this tenant.");
  if (connector.userFlows.length > 0) {
    throw new AppError(
      "conflict",
      `${connector.displayName} cannot be deleted: the user flow "${connector.userFlows[0]!.userFlow.name}" calls it. Remove it from the flow first.`,
    );
  }
  await prisma.apiConnector.delete({ where: { id } });
  await recordChange(prisma, access, {
    action: "apiConnector.deleted",
    targetType: "ApiConnector",
    targetId: id,
    before: { displayName: connector.displayName, endpointUrl: connector.endpointUrl },
  });
}

/** Which connector a user flow calls at each step (or none). */
export async function setUserFlowConnectors(
  prisma: PrismaClient,
  access: TenantAccess,
  userFlowId: string,
  input: TFlowConnectorsInput,
) {
  assertCan(access, "userFlows.manage");
  const data = ZFlowConnectorsInput.parse(input);
  const tenantId = access.tenant.id;
  const flow = await prisma.userFlow.findFirst({
    where: { id: userFlowId, tenantId },
    include: { apiConnectors: true },
  });
  if (!flow) throw new AppError("not_found", "There is no such user flow in this tenant.");
  const ids = Object.values(data).filter((id): id is string => !!id);
  const owned = await prisma.apiConnector.count({ where: { tenantId, id: { in: ids } } });
  if (owned !== new Set(ids).size)
    throw new AppError("invalid_input", "Choose API connectors from this tenant.");
  await prisma.$transaction([
    prisma.userFlowApiConnector.deleteMany({ where: { tenantId, userFlowId } }),
    prisma.userFlowApiConnector.createMany({
      data: (Object.entries(data) as [keyof TFlowConnectorsInput, string | null][])
        .filter(([, id]) => id)
        .map(([step, apiConnectorId]) => ({
          tenantId,
          userFlowId,
          step,
          apiConnectorId: apiConnectorId!,
        })),
    }),
  ]);
  await recordChange(prisma, access, {
    action: "userFlow.connectorsUpdated",
    targetType: "UserFlow",
    targetId: userFlowId,
    before: Object.fromEntries(flow.apiConnectors.map((c) => [c.step, c.apiConnectorId])),
    after: data,
  });
}
