import "server-only";
import { getServerSession } from "next-auth";
import { tenantAccess, type TenantAccess } from "@guestlist/domain/access";
import { getPrisma, type PrismaClient } from "@guestlist/domain/database";
import { isAppError } from "@guestlist/domain/errors";
import { authOptions } from "./auth";

/**
 * The portal's own JSON routes (not the API-key REST API): the operator's
 * session and tenant membership first, domain errors as JSON with their status.
 */
export async function tenantRoute(
  tenantSlug: string,
  run: (prisma: PrismaClient, access: TenantAccess) => Promise<Response>,
): Promise<Response> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId)
    return Response.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 });
  try {
    const prisma = getPrisma();
    return await run(prisma, await tenantAccess(prisma, session.operatorId, tenantSlug));
  } catch (error) {
    if (isAppError(error))
      return Response.json(
        { error: error.code, message: error.message },
        { status: error.httpStatus },
      );
    throw error;
  }
}
