import { healthReport } from "@guestlist/domain/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { httpStatus, body } = await healthReport("admin");
  return Response.json(body, { status: httpStatus, headers: { "cache-control": "no-store" } });
}
