"use server";

import {
  createApiConnector,
  deleteApiConnector,
  testApiConnector,
  updateApiConnector,
  type ConnectorOutcome,
  type TokenIssuanceOutcome,
} from "@guestlist/domain/connectors";
import type { TApiConnectorInput } from "@guestlist/domain/connectors/schemas";
import { adminConfig, adminConnectorSettings } from "@/config";
import { tenantAction } from "@/lib/tenant-action";

export async function createConnectorAction(tenant: string, input: TApiConnectorInput) {
  return tenantAction(tenant, async (prisma, access) => {
    const connector = await createApiConnector(
      prisma,
      access,
      adminConfig().GUESTLIST_ENCRYPTION_KEY,
      input,
    );
    return { message: `${connector.displayName} added.` };
  });
}

export async function updateConnectorAction(tenant: string, id: string, input: TApiConnectorInput) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateApiConnector(prisma, access, adminConfig().GUESTLIST_ENCRYPTION_KEY, id, input);
    return { message: "API connector saved." };
  });
}

export async function deleteConnectorAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await deleteApiConnector(prisma, access, id);
    return { message: "API connector deleted." };
  });
}

export async function testConnectorAction(
  tenant: string,
  id: string,
  step: "POST_FEDERATION_SIGNUP" | "POST_ATTRIBUTE_COLLECTION" | "ON_TOKEN_ISSUANCE_START",
) {
  return tenantAction<ConnectorOutcome | TokenIssuanceOutcome>(tenant, async (prisma, access) => {
    const outcome = await testApiConnector(prisma, access, adminConnectorSettings(), id, step);
    return {
      message:
        outcome.action === "Failure"
          ? "The connector failed."
          : `The connector answered ${outcome.action}.`,
      data: outcome,
    };
  });
}
