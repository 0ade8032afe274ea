import type { TenantAccess } from "../access/tenant-access";
import type { PrismaClient } from "../database/prisma-client";

/** The tenant's members, and the invitations still open. */
export async function listMembers(prisma: PrismaClient, access: TenantAccess) {
  const [members, invitations] = await Promise.all([
    prisma.tenantMembership.findMany({
      where: { tenantId: access.tenant.id },
      include: { operator: { select: { email: true, displayName: true } } },
      orderBy: { createdAt: "asc" },
    }),
    prisma.operatorInvitation.findMany({
      where: { tenantId: access.tenant.id, acceptedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    members: members.map((m) => ({
      id: m.id,
      operatorId: m.operatorId,
      email: m.operator.email,
      displayName: m.operator.displayName,
      role: m.role,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt,
    })),
  };
}
