import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPrisma, sqlPool } from "@guestlist/domain/database";
import { collectProcessMetrics, guestlistMetrics } from "@guestlist/domain/metrics";
import { createOperationalEndpoints, type OperationalState } from "./operational-endpoints";
import { observeRequests, routeLabel } from "./request-observation";

const prisma = getPrisma();
const metricsToken = "metrics-token-".padEnd(40, "x");
const state: OperationalState = { draining: false };
let server: http.Server;
let base: string;
let handled: { requestId?: string } = {};

beforeAll(async () => {
  collectProcessMetrics("hosted", sqlPool);
  const operational = createOperationalEndpoints({ prisma, state, metricsToken });
  const handle = (trustProxy: boolean) =>
    observeRequests(trustProxy, async (req, res) => {
      if (await operational(req, res)) return;
      res.writeHead(204).end();
      handled = { requestId: String(res.getHeader("x-request-id")) };
    });
  const direct = handle(false);
  const proxied = handle(true);
  server = http.createServer(
    (req, res) => void (req.headers["x-test-proxied"] ? proxied(req, res) : direct(req, res)),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await prisma.$disconnect();
});

describe("liveness and readiness", () => {
  it("is live and ready with a migrated database, and stops being ready while draining", async () => {
    const live = await fetch(`${base}/api/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${base}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ok", database: { status: "ok" } });

    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(await health.json()).toMatchObject({ status: "ok", app: "hosted" });

    state.draining = true;
    try {
      expect((await fetch(`${base}/api/health/ready`)).status).toBe(503);
      expect((await fetch(`${base}/api/health`)).status).toBe(503);
      expect((await fetch(`${base}/api/health/live`)).status).toBe(200);
    } finally {
      state.draining = false;
    }
  });
});

describe("/metrics", () => {
  it("refuses a scrape without the token, or with another", async () => {
    for (const authorization of [undefined, "Bearer wrong", `Basic ${metricsToken}`]) {
      const response = await fetch(`${base}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("guestlist_");
    }
  });

  it("answers Prometheus text with the journey, connector, email, pool and HTTP series", async () => {
    guestlistMetrics().journeysStarted.inc({ kind: "SIGN_UP" });
    await fetch(`${base}/somewhere/token`, { method: "POST" });
    const scrape = async () => {
      const response = await fetch(`${base}/metrics`, {
        headers: { authorization: `Bearer ${metricsToken}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/plain");
      return response.text();
    };
    // The request is counted when its response has finished, which the client may see first.
    const text = await vi.waitFor(async () => {
      const body = await scrape();
      expect(body).toMatch(
        /guestlist_http_request_duration_seconds_count\{app="hosted",route="oidc_token",method="POST",status="204"\} 1/,
      );
      return body;
    });
    expect(text).toMatch(
      /guestlist_journeys_started_total\{(app="hosted",)?kind="SIGN_UP"(,app="hosted")?\} \d+/,
    );
    for (const series of [
      'guestlist_db_pool_connections{state="total",app="hosted"}',
      'guestlist_email_queue_depth{app="hosted"} 0',
      "# TYPE guestlist_connector_call_duration_seconds histogram",
      "# TYPE guestlist_rate_limit_refusals_total counter",
      "# TYPE guestlist_journey_step_duration_seconds histogram",
      "guestlist_process_resident_memory_bytes",
    ])
      expect(text).toContain(series);
  });

  it("is off when no token is configured", async () => {
    const off = createOperationalEndpoints({ prisma, state });
    const res = { writeHead: vi.fn().mockReturnThis(), end: vi.fn(), setHeader: vi.fn() };
    expect(await off({ url: "/metrics", headers: {} } as http.IncomingMessage, res as never)).toBe(
      true,
    );
    expect(res.writeHead).toHaveBeenCalledWith(404, expect.anything());
  });
});

describe("request ids", () => {
  it("gives each request its own id, and keeps a trusted proxy's", async () => {
    const first = await fetch(`${base}/t/interaction/abc`);
    const second = await fetch(`${base}/t/interaction/abc`);
    expect(first.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers.get("x-request-id")).not.toBe(second.headers.get("x-request-id"));
    expect(handled.requestId).toBe(second.headers.get("x-request-id"));

    const untrusted = await fetch(`${base}/t/auth`, { headers: { "x-request-id": "from-client" } });
    expect(untrusted.headers.get("x-request-id")).not.toBe("from-client");
    const trusted = await fetch(`${base}/t/auth`, {
      headers: { "x-request-id": "lb-1234", "x-test-proxied": "1" },
    });
    expect(trusted.headers.get("x-request-id")).toBe("lb-1234");
    const hostile = await fetch(`${base}/t/auth`, {
      headers: { "x-request-id": "a".repeat(500), "x-test-proxied": "1" },
    });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("routeLabel", () => {
  it("names the kind of request, never a tenant or an id", () => {
    expect(routeLabel("/woodgrove/token")).toBe("oidc_token");
    expect(routeLabel("/woodgrove/auth")).toBe("oidc_auth");
    expect(routeLabel("/woodgrove/.well-known/openid-configuration")).toBe("oidc_discovery");
    expect(routeLabel("/woodgrove/interaction/abc123/complete")).toBe("interaction");
    expect(routeLabel("/woodgrove/federation/callback")).toBe("federation");
    expect(routeLabel("/_next/static/chunk.js")).toBe("static");
    expect(routeLabel("/api/health/ready")).toBe("health");
    expect(routeLabel("/woodgrove/anything-an-attacker-types")).toBe("other");
    expect(routeLabel("/")).toBe("other");
  });
});
