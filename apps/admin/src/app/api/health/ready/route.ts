import { healthReport } from "@guestlist/domain/health";
import { database } from "@/lib/database";

export const dynamic = "force-dynamic";

/** Readiness: send this instance traffic only while its database is reachable and migrated. */
export async function GET(): Promise<Response> {
  const { httpStatus, body } = await healthReport(database(), "admin");
  return Response.json(body, { status: httpStatus, headers: { "cache-control": "no-store" } });
}
