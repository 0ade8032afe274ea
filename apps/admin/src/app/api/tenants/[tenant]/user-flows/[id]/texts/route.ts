import { flowTextOverrides } from "@guestlist/domain/flows";
import { tenantRoute } from "@/lib/tenant-route";

export const dynamic = "force-dynamic";

/** The languages page's "Download": the flow's own wording, by language, as the import takes it back. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenant: string; id: string }> },
): Promise<Response> {
  const { tenant, id } = await params;
  return tenantRoute(tenant, async (prisma, access) =>
    Response.json(await flowTextOverrides(prisma, access, id), {
      headers: {
        "cache-control": "no-store",
        "content-disposition": `attachment; filename="user-flow-${id}-texts.json"`,
      },
    }),
  );
}
