import http from "node:http";
import next from "next";
import { createLogger } from "@guestlist/domain";
import { verifyStartup } from "@guestlist/domain/config";
import { getPrisma, listenForTenantChanges, sqlPool } from "@guestlist/domain/database";
import { startBackgroundWorker } from "@guestlist/domain/jobs";
import { collectProcessMetrics } from "@guestlist/domain/metrics";
import { ZServerEnv, hostedConfig, journeySettings, signingKeys } from "./src/config";
import {
  createOperationalEndpoints,
  type OperationalState,
} from "./src/server/operational-endpoints";
import { observeRequests } from "./src/server/request-observation";
import { createRequestRouter, withErrorPage } from "./src/server/route-request";
import { TenantProviders } from "./src/server/tenant-providers";

/**
 * apps/hosted's own server: the tenants' OpenID Connect providers and the
 * Next.js pages that are their interactions, in one process, with this
 * instance's share of the background jobs.
 */
const log = createLogger("hosted");
await verifyStartup("hosted", ZServerEnv);
const config = hostedConfig();
const dev = process.env.NODE_ENV !== "production";
const port = Number(process.env.PORT ?? process.env.HOSTED_PORT ?? 3001);

// Next.js fetches server-action redirect targets from itself: it must know where it listens.
const app = next({ dev, dir: import.meta.dirname, hostname: "127.0.0.1", port });
await app.prepare();
const prisma = getPrisma();
const nextHandler = app.getRequestHandler();
const providers = new TenantProviders(prisma, config);
// Other instances' changes (an admin's edit, a key rotation) reach this one's caches within a second.
const tenantChanges = listenForTenantChanges(
  config.databaseUrl,
  (tenantId) => providers.invalidate(tenantId),
  () => providers.invalidateAll(),
);
const worker = await startBackgroundWorker({
  databaseUrl: config.databaseUrl,
  prisma,
  email: journeySettings().email,
  encryptionKey: config.GUESTLIST_ENCRYPTION_KEY,
  signingKeys: signingKeys(config),
  emailRetentionDays: config.GUESTLIST_EMAIL_RETENTION_DAYS,
  connectorCallRetentionDays: config.GUESTLIST_CONNECTOR_CALL_RETENTION_DAYS,
});
collectProcessMetrics("hosted", sqlPool);

const router = createRequestRouter({
  prisma,
  providers,
  next: (req, res) => nextHandler(req, res),
  trustProxy: config.TRUST_PROXY,
  security: { publicUrl: config.HOSTED_URL, development: dev },
  limits: {
    tokenRequestsPerClientPerMinute: config.GUESTLIST_TOKEN_REQUESTS_PER_MINUTE,
    formPostsPerIpPerMinute: config.GUESTLIST_FORM_POSTS_PER_MINUTE,
  },
});
const state: OperationalState = { draining: false };
const operational = createOperationalEndpoints({
  prisma,
  state,
  metricsToken: config.GUESTLIST_METRICS_TOKEN,
});
const routed = withErrorPage(router);
const handle = observeRequests(config.TRUST_PROXY, async (req, res) => {
  if (!(await operational(req, res))) await routed(req, res);
});
const server = http.createServer((req, res) => void handle(req, res));
server.listen(port, () => log.info(`hosted pages listening`, { port, url: config.HOSTED_URL }));

/**
 * Stopping (a deploy, a scale-down): readiness turns 503 so the load
 * balancer sends nothing new, requests in flight finish (connections still
 * open after the timeout are closed), running jobs finish, and only then do
 * the database connections close.
 */
async function drain(signal: string): Promise<void> {
  if (state.draining) return;
  state.draining = true;
  log.info("stopping: draining requests and jobs", { signal });
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timeout = setTimeout(
    () => server.closeAllConnections(),
    config.GUESTLIST_SHUTDOWN_TIMEOUT_SECONDS * 1000,
  );
  await closed;
  clearTimeout(timeout);
  await worker.stop();
  await tenantChanges.close();
  await prisma.$disconnect();
  await sqlPool().end();
  log.info("stopped");
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    drain(signal)
      .catch((error: unknown) => log.error("unclean stop", { error }))
      .finally(() => process.exit(0));
  });
}
