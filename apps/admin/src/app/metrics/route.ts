import { metricsAccess } from "@guestlist/domain/metrics";
import { adminConfig } from "@/config";
import { adminMetrics } from "@/lib/metrics";

export const dynamic = "force-dynamic";

/** Prometheus text for a scraper holding GUESTLIST_METRICS_TOKEN; off without one. */
export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(
    request.headers.get("authorization"),
    adminConfig().GUESTLIST_METRICS_TOKEN,
  );
  const noStore = { "cache-control": "no-store" };
  if (access === "disabled")
    return Response.json(
      { error: "metrics are off: set GUESTLIST_METRICS_TOKEN" },
      { status: 404, headers: noStore },
    );
  if (access === "unauthorized")
    return Response.json(
      { error: "unauthorized" },
      { status: 401, headers: { ...noStore, "www-authenticate": 'Bearer realm="metrics"' } },
    );
  const { contentType, body } = await adminMetrics();
  return new Response(body, { headers: { ...noStore, "content-type": contentType } });
}
