import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { getUserFlow } from "./get-user-flow";

/** Everything a user flow's page edits: the flow, and the tenant's providers, attributes, applications, connectors and terms to choose from. */
export async function userFlowEditor(prisma: PrismaClient, access: TenantAccess, id: string) {
  const flow = await getUserFlow(prisma, access, id);
  const tenantId = access.tenant.id;
  const [
    identityProviders,
    attributes,
    applications,
    apiConnectors,
    connectorSteps,
    termsDocuments,
  ] = await Promise.all([
    prisma.identityProvider.findMany({ where: { tenantId }, orderBy: { displayName: "asc" } }),
    prisma.userAttribute.findMany({
      where: { tenantId },
      orderBy: [{ builtIn: "desc" }, { name: "asc" }],
    }),
    prisma.application.findMany({
      where: { tenantId },
      include: { userFlow: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    prisma.apiConnector.findMany({
      where: { tenantId },
      select: { id: true, displayName: true },
      orderBy: { displayName: "asc" },
    }),
    prisma.userFlowApiConnector.findMany({ where: { tenantId, userFlowId: id } }),
    prisma.termsDocument.findMany({
      where: { tenantId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const connectorFor = (step: string) =>
    connectorSteps.find((entry) => entry.step === step)?.apiConnectorId ?? null;
  return {
    flow,
    identityProviders,
    attributes,
    applications,
    apiConnectors,
    termsDocuments,
    connectors: {
      POST_FEDERATION_SIGNUP: connectorFor("POST_FEDERATION_SIGNUP"),
      POST_ATTRIBUTE_COLLECTION: connectorFor("POST_ATTRIBUTE_COLLECTION"),
      ON_TOKEN_ISSUANCE_START: connectorFor("ON_TOKEN_ISSUANCE_START"),
      tokenConnectorFailurePolicy: flow.tokenConnectorFailurePolicy,
      tokenConnectorClaims: flow.tokenConnectorClaims,
    },
  };
}
