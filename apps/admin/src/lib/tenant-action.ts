import "server-only";
import { revalidatePath } from "next/cache";
import { getServerSession } from "next-auth";
import { tenantAccess, type TenantAccess } from "@guestlist/domain/access";
import type { PrismaClient } from "@guestlist/domain/database";
import { database } from "./database";
import { actionFailure } from "./errors/action-failure";
import type { ActionResult } from "./action-result";
import { authOptions } from "./auth";

/**
 * The admin's one transport wrapper: session, tenant membership (the domain
 * checks the role of each change), then the domain call; domain and
 * validation errors become messages for the form, anything else is logged and
 * reported as a generic failure.
 */
export async function tenantAction<T = undefined>(
  tenantSlug: string,
  run: (prisma: PrismaClient, access: TenantAccess) => Promise<{ message?: string; data?: T }>,
): Promise<ActionResult<T>> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId) return { ok: false, message: "Your session has ended. Sign in again." };
  try {
    const prisma = database();
    const access = await tenantAccess(prisma, session.operatorId, tenantSlug);
    const result = await run(prisma, access);
    revalidatePath(`/t/${tenantSlug}`, "layout");
    return { ok: true, ...result };
  } catch (error) {
    return actionFailure(error);
  }
}
