import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { applicationSummary } from "./application-summary";
import { getApplication } from "./get-application";
import { updateApplication } from "./update-application";

/** Assigns (or with null, unassigns) the application to a flow; says which flow it left, if any. */
export async function assignApplicationToFlow(
  prisma: PrismaClient,
  access: TenantAccess,
  applicationId: string,
  userFlowId: string | null,
) {
  const before = await getApplication(prisma, access, applicationId);
  return updateApplication(prisma, access, applicationId, {
    ...applicationSummary(before),
    type: before.type,
    userFlowId,
  });
}
