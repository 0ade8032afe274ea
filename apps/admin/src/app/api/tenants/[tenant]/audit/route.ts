import { getServerSession } from "next-auth";
import { tenantAccess } from "@guestlist/domain/access";
import { listAuditEvents } from "@guestlist/domain/audit";
import { getPrisma } from "@guestlist/domain/database";
import { isAppError } from "@guestlist/domain/errors";
import { authOptions } from "../../../../../lib/auth";

export const dynamic = "force-dynamic";

/** The tenant's audit log as JSON, for the audit page's filters and "load more". */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId)
    return Response.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { tenant } = await params;
  const query = new URL(request.url).searchParams;
  try {
    const access = await tenantAccess(getPrisma(), session.operatorId, tenant);
    const events = await listAuditEvents(getPrisma(), access, {
      action: query.get("action") || undefined,
      before: query.get("before") || undefined,
      limit: 50,
    });
    return Response.json({ events }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (isAppError(error))
      return Response.json(
        { error: error.code, message: error.message },
        { status: error.httpStatus },
      );
    throw error;
  }
}
