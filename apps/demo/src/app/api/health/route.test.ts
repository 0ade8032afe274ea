import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "./route";

process.env.DEMO_CLIENT_SECRET = "test-client-secret";
process.env.DEMO_AUTH_SECRET = "a-test-secret-that-is-at-least-32-characters";

let server: http.Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function fakeHosted(status: number, body: unknown): Promise<string> {
  server = http.createServer((request, response) => {
    if (request.url !== "/api/health") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("GET /api/health (demo)", () => {
  it("is healthy when the hosted pages are, and passes on their database status", async () => {
    process.env.HOSTED_URL = await fakeHosted(200, {
      status: "ok",
      app: "hosted",
      database: { status: "ok", latencyMs: 3 },
    });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      app: "demo",
      hosted: { status: "ok" },
      database: { status: "ok" },
    });
  });

  it("is 503 when the hosted pages report a problem", async () => {
    process.env.HOSTED_URL = await fakeHosted(503, {
      status: "unavailable",
      app: "hosted",
      database: { status: "unavailable" },
    });
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "unavailable",
      database: { status: "unavailable" },
    });
  });

  it("is 503 when the hosted pages cannot be reached", async () => {
    process.env.HOSTED_URL = "http://127.0.0.1:1";
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "unavailable",
      hosted: { status: "unreachable" },
      database: null,
    });
  });
});
