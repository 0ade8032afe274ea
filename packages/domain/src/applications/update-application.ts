import { assertCan, type TenantAccess } from "../access/tenant-access";
import { recordChange } from "../audit/record-change";
import type { PrismaClient } from "../database/prisma-client";
import { applicationSummary } from "./application-summary";
import { ZApplicationInput, type TApplicationInput } from "./application-schemas";
import { assertFlowInTenant } from "./assert-flow-in-tenant";
import { getApplication } from "./get-application";

/**
 * Edits an application. An application uses one user flow at a time: assigning
 * another moves it, and the result says from where.
 */
export async function updateApplication(
  prisma: PrismaClient,
  access: TenantAccess,
  id: string,
  input: TApplicationInput,
) {
  assertCan(access, "applications.manage");
  const data = ZApplicationInput.parse(input);
  const before = await getApplication(prisma, access, id);
  await assertFlowInTenant(prisma, access, data.userFlowId);
  const becamePublic = before.type === "CONFIDENTIAL" && data.type === "PUBLIC";
  const application = await prisma.$transaction(async (tx) => {
    const application = await tx.application.update({
      where: { id, tenantId: access.tenant.id },
      data: {
        ...data,
        tokenEndpointAuthMethod:
          data.type === "PUBLIC"
            ? "none"
            : before.type === "PUBLIC"
              ? "client_secret_basic"
              : before.tokenEndpointAuthMethod,
        ...(becamePublic ? { clientSecretHash: null } : {}),
      },
    });
    await recordChange(tx, access, {
      action: "application.updated",
      targetType: "Application",
      targetId: id,
      before: applicationSummary(before),
      after: applicationSummary(application),
    });
    return application;
  });
  const movedFrom =
    before.userFlow && before.userFlowId !== data.userFlowId ? before.userFlow.name : null;
  return { application, movedFrom };
}
