import type http from "node:http";
import type { OperationalState } from "./operational-endpoints";

/**
 * Stopping (a deploy, a scale-down): readiness turns 503 so the load
 * balancer sends nothing new, the server stops accepting connections and
 * closes idle keep-alive ones, requests in flight finish (connections still
 * open after `timeoutMs` are cut), and only then do `afterwards` run in order:
 * the job worker finishing its jobs, then the database connections.
 */
export async function drainServer(
  server: http.Server,
  state: OperationalState,
  timeoutMs: number,
  afterwards: (() => Promise<unknown>)[],
): Promise<void> {
  if (state.draining) return;
  state.draining = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
  try {
    await closed;
  } finally {
    clearTimeout(cut);
  }
  for (const close of afterwards) await close();
}
