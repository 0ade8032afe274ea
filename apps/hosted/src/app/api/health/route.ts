import { healthReport } from "@guestlist/domain/health";
import { database } from "@/lib/database";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { httpStatus, body } = await healthReport(database(), "hosted");
  return Response.json(body, { status: httpStatus, headers: { "cache-control": "no-store" } });
}
