import type { PrismaClient } from "../database/prisma-client";
import { AppError } from "../errors/app-error";

/** Flow names are unique per tenant regardless of case. */
export async function assertFlowNameFree(
  prisma: PrismaClient,
  tenantId: string,
  name: string,
  exceptId?: string,
) {
  const clash = await prisma.userFlow.findFirst({
    where: {
      tenantId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (clash)
    throw new AppError("conflict", `A user flow named "${clash.name}" already exists.`, {
      fieldIssues: [{ path: "name", message: "This name is taken." }],
    });
}

/**
 * The rows for the ids, in the ids' order. Every id must be among the tenant's
 * rows: an id from another tenant reads as an unknown choice.
 */
export function tenantOwned<T extends { id: string }>(rows: T[], ids: string[], what: string): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw new AppError("invalid_input", `Choose ${what} from this tenant.`);
    return row;
  });
}
