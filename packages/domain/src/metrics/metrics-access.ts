import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * /metrics is off unless a token is set; scrapers then send it as a bearer
 * token. Metrics name tenants' traffic and the process's internals: they are
 * not for the public internet, whatever else guards the port.
 */
export const ZMetricsEnv = z.object({
  GUESTLIST_METRICS_TOKEN: z
    .string()
    .min(32, "must be at least 32 characters (a random string)")
    .optional(),
});

export type MetricsAccess = "allowed" | "disabled" | "unauthorized";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether a scrape with this Authorization header may read the metrics. */
export function metricsAccess(
  authorization: string | null | undefined,
  token?: string,
): MetricsAccess {
  if (!token) return "disabled";
  const presented = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(presented), digest(token)) ? "allowed" : "unauthorized";
}
