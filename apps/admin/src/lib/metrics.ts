import { sqlPool } from "@guestlist/domain/database";
import { collectProcessMetrics, renderMetrics } from "@guestlist/domain/metrics";

/** The admin's metrics: its process, its SQL pool, the email backlog and the API's rate limits. */
export function adminMetrics() {
  collectProcessMetrics("admin", sqlPool);
  return renderMetrics();
}
