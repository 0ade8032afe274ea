import { randomUUID } from "node:crypto";
import type { TenantAccess } from "../access/tenant-access";
import { assertCan } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";
import type { ConnectorStep } from "../generated/prisma/enums";
import { connectorRequestBody, type ConnectorOutcome } from "./connector-contract";
import { callApiConnector, invokeApiConnector } from "./invoke-api-connector";
import {
  parseTokenIssuanceResponse,
  tokenIssuanceRequestBody,
  type TokenIssuanceOutcome,
} from "./token-issuance-contract";

/** One connector of the tenant, without its secrets. */
export async function getApiConnector(prisma: PrismaClient, access: TenantAccess, id: string) {
  const {
    basicPasswordEncrypted: _p,
    certificateEncrypted: _c,
    certificatePasswordEncrypted: _cp,
    ...connector
  } = await connectorOf(prisma, access, id);
  return connector;
}

async function connectorOf(prisma: PrismaClient, access: TenantAccess, id: string) {
  const connector = await prisma.apiConnector.findFirst({
    where: { id, tenantId: access.tenant.id },
  });
  if (!connector) throw new AppError("not_found", "There is no such API connector in this tenant.");
  return connector;
}

/** The connector's call log, newest first: step, flow, status, latency, outcome, message or reason, masked body. */
export async function listConnectorCalls(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  limit = 100,
) {
  await connectorOf(prisma, access, id);
  const calls = await prisma.apiConnectorCall.findMany({
    where: { tenantId: access.tenant.id, apiConnectorId: id },
    include: { userFlow: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return calls.map(({ userFlow, ...call }) => ({ ...call, flowName: userFlow?.name ?? null }));
}

const SAMPLE_VALUES = { STRING: "sample value", INTEGER: 12345, BOOLEAN: true } as const;

/**
 * "Test connector": calls the endpoint now with a sample sign-up for the chosen
 * step (every attribute of the tenant filled with a sample of its type), and
 * returns how the answer was read. The call lands in the call log like any other.
 */
export async function testApiConnector(
  prisma: PrismaClient,
  access: TenantAccess,
  settings: { encryptionKey: string; allowPrivateNetworks: boolean; trustedCa?: string },
  id: string,
  step: ConnectorStep,
): Promise<ConnectorOutcome | TokenIssuanceOutcome> {
  assertCan(access, "apiConnectors.manage");
  const connector = await connectorOf(prisma, access, id);
  if (step === "ON_TOKEN_ISSUANCE_START")
    return callApiConnector(
      prisma,
      connector,
      step,
      tokenIssuanceRequestBody({
        tenantId: access.tenant.id,
        connectorId: connector.id,
        userFlowId: "00000000-0000-0000-0000-000000000000",
        correlationId: randomUUID(),
        client: { ip: null, locale: "en-US" },
        application: {
          id: "00000000-0000-0000-0000-000000000000",
          clientId: "00000000-0000-0000-0000-000000000000",
          name: "Test application",
        },
        user: {
          id: "00000000-0000-0000-0000-000000000000",
          mail: "test.user@example.com",
          displayName: "Test User",
          givenName: "Test",
          surname: "User",
          companyName: null,
          preferredLanguage: "en-US",
          createdDateTime: new Date().toISOString(),
        },
      }),
      { ...settings, userFlowId: null, journeyId: null },
      parseTokenIssuanceResponse,
    );
  const attributes = await prisma.userAttribute.findMany({
    where: { tenantId: access.tenant.id, name: { not: "email" } },
    select: { name: true, dataType: true },
  });
  const federated = step === "POST_FEDERATION_SIGNUP";
  const body = connectorRequestBody({
    step,
    clientId: "00000000-0000-0000-0000-000000000000",
    uiLocales: "en-US",
    email: "test.user@example.com",
    identities: [
      federated
        ? {
            signInType: "federated",
            issuer: "https://accounts.example.com",
            issuerAssignedId: "0123456789",
          }
        : {
            signInType: "emailAddress",
            issuer: access.tenant.slug,
            issuerAssignedId: "test.user@example.com",
          },
    ],
    values: Object.fromEntries(
      attributes.map((a) => [
        a.name,
        a.name === "displayName" ? "Test User" : SAMPLE_VALUES[a.dataType],
      ]),
    ),
    extensionAppId: access.tenant.extensionAppId,
  });
  return invokeApiConnector(prisma, connector, step, body, {
    ...settings,
    extensionAppId: access.tenant.extensionAppId,
    attributes,
    userFlowId: null,
    journeyId: null,
  });
}
