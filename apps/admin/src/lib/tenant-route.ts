import "server-only";
import { getServerSession } from "next-auth";
import { tenantAccess, type TenantAccess } from "@guestlist/domain/access";
import type { PrismaClient } from "@guestlist/domain/database";
import { database } from "./database";
import { apiError, errorResponse } from "./errors/error-response";
import { authOptions } from "./auth";

/**
 * The portal's own JSON routes (not the API-key REST API): the operator's
 * session and tenant membership first; errors in the REST API's JSON shape.
 */
export async function tenantRoute(
  tenantSlug: string,
  run: (prisma: PrismaClient, access: TenantAccess) => Promise<Response>,
): Promise<Response> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId) return apiError(401, "unauthenticated", "Sign in first.");
  try {
    const prisma = database();
    return await run(prisma, await tenantAccess(prisma, session.operatorId, tenantSlug));
  } catch (error) {
    return errorResponse(error);
  }
}
