import type { IncomingMessage, ServerResponse } from "node:http";
import type { PrismaClient } from "@guestlist/domain/database";
import { healthReport } from "@guestlist/domain/health";
import { metricsAccess, renderMetrics } from "@guestlist/domain/metrics";

export interface OperationalState {
  /** Set when the instance has been told to stop: it finishes what it has and takes nothing new. */
  draining: boolean;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * What orchestrators and scrapers ask, answered before any tenant routing:
 * - /api/health/live: the process answers (restart it if not);
 * - /api/health/ready (and /api/health, its older name): it should get
 *   traffic: its database is reachable and migrated, and it is not draining;
 * - /metrics: Prometheus text, for a bearer token (off without one).
 * Returns false for any other path.
 */
export function createOperationalEndpoints(options: {
  prisma: PrismaClient;
  state: OperationalState;
  metricsToken?: string;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/api/health/live") {
      sendJson(res, 200, { status: "ok", app: "hosted" });
      return true;
    }
    if (path === "/api/health/ready" || path === "/api/health") {
      if (options.state.draining) {
        sendJson(res, 503, { status: "draining", app: "hosted" });
        return true;
      }
      const { httpStatus, body } = await healthReport(options.prisma, "hosted");
      sendJson(res, httpStatus, body);
      return true;
    }
    if (path === "/metrics") {
      const access = metricsAccess(req.headers.authorization, options.metricsToken);
      if (access === "disabled")
        sendJson(res, 404, { error: "metrics are off: set GUESTLIST_METRICS_TOKEN" });
      else if (access === "unauthorized") {
        res.setHeader("www-authenticate", 'Bearer realm="metrics"');
        sendJson(res, 401, { error: "unauthorized" });
      } else {
        const { contentType, body } = await renderMetrics();
        res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
        res.end(body);
      }
      return true;
    }
    return false;
  };
}
