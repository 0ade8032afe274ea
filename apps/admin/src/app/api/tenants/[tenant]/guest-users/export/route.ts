import { getServerSession } from "next-auth";
import { tenantAccess } from "@guestlist/domain/access";
import { getPrisma } from "@guestlist/domain/database";
import { isAppError } from "@guestlist/domain/errors";
import { exportGuestUsers } from "@guestlist/domain/guests";
import { ZGuestDirectoryFilters } from "@guestlist/domain/guests/schemas";
import { textStream } from "../../../../../../lib/text-stream";
import { authOptions } from "../../../../../../lib/auth";

export const dynamic = "force-dynamic";

/** The portal's "Export CSV / JSON": the directory's filters, streamed as a download. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const session = await getServerSession(authOptions());
  if (!session?.operatorId)
    return Response.json({ error: "unauthenticated", message: "Sign in first." }, { status: 401 });
  const { tenant } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams.entries());
  const format = query.format === "csv" ? "csv" : "json";
  try {
    const prisma = getPrisma();
    const access = await tenantAccess(prisma, session.operatorId, tenant);
    const filters = ZGuestDirectoryFilters.parse(query);
    return new Response(textStream(exportGuestUsers(prisma, access, filters, format)), {
      headers: {
        "content-type":
          format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="guest-users-${access.tenant.slug}.${format}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error))
      return Response.json(
        { error: error.code, message: error.message },
        { status: error.httpStatus },
      );
    return Response.json(
      { error: "invalid_input", message: "Check the filters." },
      { status: 422 },
    );
  }
}
