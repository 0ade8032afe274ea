import http from "node:http";
import next from "next";
import { createLogger } from "@guestlist/domain";
import { verifyStartup } from "@guestlist/domain/config";
import { getPrisma, listenForTenantChanges } from "@guestlist/domain/database";
import { sweepExpiredSignInData } from "@guestlist/domain/oidc";
import { ZServerEnv, hostedConfig } from "./src/config";
import { createRequestRouter, withErrorPage } from "./src/server/route-request";
import { TenantProviders } from "./src/server/tenant-providers";

/**
 * apps/hosted's own server: the tenants' OpenID Connect providers and the
 * Next.js pages that are their interactions, in one process.
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

const handle = withErrorPage(router);
const server = http.createServer((req, res) => void handle(req, res));
server.listen(port, () => log.info(`hosted pages listening`, { port, url: config.HOSTED_URL }));

const sweep = setInterval(
  () => {
    sweepExpiredSignInData(prisma).catch((error: unknown) =>
      log.error("cleanup of expired OIDC data failed", { error }),
    );
  },
  10 * 60 * 1000,
);
sweep.unref();

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void tenantChanges
      .close()
      .then(() => prisma.$disconnect())
      .finally(() => process.exit(0));
  });
}
