import { exportGuestData } from "@guestlist/domain/guests";
import { tenantRoute } from "@/lib/tenant-route";

export const dynamic = "force-dynamic";

/** The guest page's "Download their data": the same document as the REST API's. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenant: string; id: string }> },
): Promise<Response> {
  const { tenant, id } = await params;
  return tenantRoute(tenant, async (prisma, access) => {
    const data = await exportGuestData(prisma, access, id);
    return Response.json(data, {
      headers: {
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="guest-${id}.json"`,
      },
    });
  });
}
