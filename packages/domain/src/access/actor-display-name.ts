import type { PrismaClient } from "../database/prisma-client";
import type { TenantAccess } from "./tenant-access";

/**
 * Who acts, as a person reads it: the operator's email or "API key <name>".
 * Kept on what they did (an invitation, a decision) so it still says who
 * after the operator or key is gone.
 */
export async function actorDisplayName(
  prisma: PrismaClient,
  access: TenantAccess,
): Promise<string> {
  if (access.actor.type === "OPERATOR") {
    const operator = await prisma.operator.findUnique({
      where: { id: access.actor.id },
      select: { email: true },
    });
    return operator?.email ?? "An operator";
  }
  const key = await prisma.apiKey.findFirst({
    where: { id: access.actor.id, tenantId: access.tenant.id },
    select: { name: true },
  });
  return `API key ${key?.name ?? access.actor.id}`;
}
