import { exportGuestUsers } from "@guestlist/domain/guests";
import { ZGuestDirectoryFilters } from "@guestlist/domain/guests/schemas";
import { tenantRoute } from "../../../../../../lib/tenant-route";
import { textStream } from "../../../../../../lib/text-stream";

export const dynamic = "force-dynamic";

/** The portal's "Export CSV / JSON": the directory's filters, streamed as a download. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams.entries());
  const format = query.format === "csv" ? "csv" : "json";
  return tenantRoute((await params).tenant, async (prisma, access) => {
    const filters = ZGuestDirectoryFilters.safeParse(query);
    if (!filters.success)
      return Response.json(
        { error: "invalid_input", message: "Check the directory's filters." },
        { status: 422 },
      );
    return new Response(textStream(exportGuestUsers(prisma, access, filters.data, format)), {
      headers: {
        "content-type":
          format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="guest-users-${access.tenant.slug}.${format}"`,
        "cache-control": "no-store",
      },
    });
  });
}
