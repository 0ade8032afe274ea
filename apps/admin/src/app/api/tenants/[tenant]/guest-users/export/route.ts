import { downloadResponse } from "@/lib/download-response";
import { guestExport, ZGuestExportQuery } from "@/lib/guest-export";
import { tenantRoute } from "@/lib/tenant-route";

export const dynamic = "force-dynamic";

/** The portal's "Export CSV / JSON", signed in by session: the same export as the REST API's. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams.entries());
  return tenantRoute((await params).tenant, async (prisma, access) =>
    downloadResponse(guestExport(prisma, access, ZGuestExportQuery.parse(query))),
  );
}
