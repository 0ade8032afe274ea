import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";

/** An application may only use a flow of its own tenant: any other id reads as a wrong choice. */
export async function assertFlowInTenant(
  prisma: PrismaClient,
  access: TenantAccess,
  userFlowId: string | null,
) {
  if (!userFlowId) return;
  const flow = await prisma.userFlow.findFirst({
    where: { id: userFlowId, tenantId: access.tenant.id },
    select: { id: true },
  });
  if (!flow)
    throw new AppError("invalid_input", "Choose a user flow from this tenant.", {
      fieldIssues: [{ path: "userFlowId", message: "Choose a user flow from this tenant." }],
    });
}
