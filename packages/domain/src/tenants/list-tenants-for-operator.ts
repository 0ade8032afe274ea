import type { PrismaClient } from "../database/prisma-client";

/** The tenants an operator belongs to, with their role in each. */
export async function listTenantsForOperator(prisma: PrismaClient, operatorId: string) {
  const memberships = await prisma.tenantMembership.findMany({
    where: { operatorId },
    include: { tenant: true },
    orderBy: { tenant: { name: "asc" } },
  });
  return memberships.map(({ tenant, role }) => ({
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    role,
  }));
}
