import http from "node:http";
import path from "node:path";
import next from "next";
import { createLogger } from "@guestlist/domain";
import { verifyStartup } from "@guestlist/domain/config";
import { getPrisma, listenForTenantChanges, sqlPool } from "@guestlist/domain/database";
import { startBackgroundWorker } from "@guestlist/domain/jobs";
import { collectProcessMetrics } from "@guestlist/domain/metrics";
import {
  INTERNAL_ORIGIN_VARIABLE,
  ZServerEnv,
  hostedConfig,
  journeySettings,
  signingKeys,
} from "./src/config";
import { drainServer } from "./src/server/graceful-shutdown";
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
// The account page's relying party calls this process's own provider on loopback.
process.env[INTERNAL_ORIGIN_VARIABLE] = `http://127.0.0.1:${port}`;

// Production runs this file compiled into dist/ (build-server.mjs); the Next.js app is one level up.
const appDir =
  path.basename(import.meta.dirname) === "dist"
    ? path.dirname(import.meta.dirname)
    : import.meta.dirname;
// Next.js fetches server-action redirect targets from itself: it must know where it listens.
const app = next({ dev, dir: appDir, hostname: "127.0.0.1", port });
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
  webhookRetentionDays: config.GUESTLIST_WEBHOOK_RETENTION_DAYS,
  webhookRetryDelaysSeconds: config.GUESTLIST_WEBHOOK_RETRY_SCHEDULE,
  adminUrl: config.ADMIN_URL,
  allowPrivateNetworks: journeySettings().connectors.allowPrivateNetworks,
});
collectProcessMetrics("hosted", sqlPool);

const router = createRequestRouter({
  prisma,
  providers,
  next: (req, res) => nextHandler(req, res),
  trustProxy: config.TRUST_PROXY,
  security: { publicUrl: config.HOSTED_URL, adminUrl: config.ADMIN_URL, development: dev },
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

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log.info("stopping: draining requests and jobs", { signal });
    drainServer(server, state, config.GUESTLIST_SHUTDOWN_TIMEOUT_SECONDS * 1000, [
      () => worker.stop(),
      () => tenantChanges.close(),
      () => prisma.$disconnect(),
      () => sqlPool().end(),
    ])
      .then(() => log.info("stopped"))
      .catch((error: unknown) => log.error("unclean stop", { error }))
      .finally(() => process.exit(0));
  });
}
