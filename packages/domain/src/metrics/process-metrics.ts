import client from "prom-client";
import type pg from "pg";
import { guestlistMetrics } from "./guestlist-metrics";

/**
 * Adds what is read at scrape time: the process's own metrics (CPU, memory,
 * event loop lag, heap), the SQL pool's connections, and the email outbox
 * backlog. Called once by each app's composition root, with the app's name as
 * a label on every series.
 */
export function collectProcessMetrics(app: string, pool: () => pg.Pool): void {
  const { registry } = guestlistMetrics();
  if (registry.getSingleMetric("guestlist_db_pool_connections")) return;
  registry.setDefaultLabels({ app });
  client.collectDefaultMetrics({ register: registry, prefix: "guestlist_" });
  new client.Gauge({
    name: "guestlist_db_pool_connections",
    help: "Connections of the SQL pool, by state (total, idle, waiting: requests queued for one).",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const sql = pool();
      this.set({ state: "total" }, sql.totalCount);
      this.set({ state: "idle" }, sql.idleCount);
      this.set({ state: "waiting" }, sql.waitingCount);
    },
  });
  new client.Gauge({
    name: "guestlist_email_queue_depth",
    help: "Emails waiting to be sent (a first attempt or a retry).",
    registers: [registry],
    async collect() {
      const { rows } = await pool().query<{ count: string }>(
        `SELECT count(*) AS count FROM "EmailMessage" WHERE status = 'PENDING'`,
      );
      this.set(Number(rows[0]?.count ?? 0));
    },
  });
}

/** The text a Prometheus scrape receives. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const { registry } = guestlistMetrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
