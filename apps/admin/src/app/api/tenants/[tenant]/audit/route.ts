import { listAuditEvents } from "@guestlist/domain/audit";
import { tenantRoute } from "@/lib/tenant-route";

export const dynamic = "force-dynamic";

/** The tenant's audit log as JSON, for the audit page's filters and "load more". */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const query = new URL(request.url).searchParams;
  return tenantRoute((await params).tenant, async (prisma, access) => {
    const events = await listAuditEvents(prisma, access, {
      action: query.get("action") || undefined,
      before: query.get("before") || undefined,
      limit: 50,
    });
    return Response.json({ events }, { headers: { "cache-control": "no-store" } });
  });
}
