"use server";

import { assignApplicationToFlow } from "@guestlist/domain/applications";
import { setUserFlowConnectors } from "@guestlist/domain/connectors";
import type { TFlowConnectorsInput } from "@guestlist/domain/connectors/schemas";
import {
  createUserFlow,
  deleteUserFlow,
  updatePageLayout,
  updateUserFlowSettings,
} from "@guestlist/domain/flows";
import type {
  TCreateUserFlowInput,
  TFlowSettingsInput,
  TPageLayoutInput,
} from "@guestlist/domain/flows/schemas";
import { tenantAction } from "@/lib/tenant-action";

export async function createUserFlowAction(tenant: string, input: TCreateUserFlowInput) {
  return tenantAction<{ id: string }>(tenant, async (prisma, access) => {
    const flow = await createUserFlow(prisma, access, input);
    return { message: `User flow ${flow.name} created.`, data: { id: flow.id } };
  });
}

export async function saveFlowSettingsAction(
  tenant: string,
  id: string,
  input: TFlowSettingsInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await updateUserFlowSettings(prisma, access, id, input);
    return { message: "User flow saved." };
  });
}

export async function savePageLayoutAction(tenant: string, id: string, input: TPageLayoutInput) {
  return tenantAction(tenant, async (prisma, access) => {
    await updatePageLayout(prisma, access, id, input);
    return { message: "Page layout saved." };
  });
}

export async function assignApplicationAction(
  tenant: string,
  applicationId: string,
  userFlowId: string | null,
) {
  return tenantAction(tenant, async (prisma, access) => {
    const { application, movedFrom } = await assignApplicationToFlow(
      prisma,
      access,
      applicationId,
      userFlowId,
    );
    if (!userFlowId) return { message: `${application.name} no longer uses this flow.` };
    return {
      message: movedFrom
        ? `${application.name} moved here from "${movedFrom}".`
        : `${application.name} now uses this flow.`,
    };
  });
}

export async function deleteUserFlowAction(tenant: string, id: string) {
  return tenantAction(tenant, async (prisma, access) => {
    await deleteUserFlow(prisma, access, id);
    return { message: "User flow deleted." };
  });
}

export async function saveFlowConnectorsAction(
  tenant: string,
  id: string,
  input: TFlowConnectorsInput,
) {
  return tenantAction(tenant, async (prisma, access) => {
    await setUserFlowConnectors(prisma, access, id, input);
    return { message: "API connectors saved." };
  });
}
