import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IdentityProvider } from "../generated/prisma/client";
import { upstreamConfiguration } from "../federation/upstream-configuration";
import { BlockedAddressError, guardedFetch } from "./guarded-fetch";

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/redirect") res.writeHead(302, { location: "http://127.0.0.1:1/secret" });
    else res.writeHead(200, { "content-type": "application/json" });
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => server.close());

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as { cause?: unknown })?.cause ?? error;
}

describe("guarded fetch", () => {
  it.each([
    `http://127.0.0.1:PORT/`,
    `http://localhost:PORT/`,
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]:PORT/",
    "http://10.0.0.1/",
  ])("refuses %s unless private networks are allowed", async (template) => {
    const url = template.replace("PORT", String(port));
    expect(await refusal(guardedFetch(false)(url))).toBeInstanceOf(BlockedAddressError);
  });

  it("reaches a local server when private networks are allowed, and never follows a redirect", async () => {
    const allowed = guardedFetch(true);
    expect((await allowed(`http://127.0.0.1:${port}/`)).status).toBe(200);
    const redirect = await allowed(`http://127.0.0.1:${port}/redirect`);
    expect(redirect.status).toBe(302);
  });

  it("keeps identity-provider discovery away from addresses that resolve to loopback", async () => {
    const provider = {
      id: "p",
      tenantId: "t",
      type: "OIDC",
      displayName: "Internal",
      issuer: `https://localhost:${port}`,
      clientId: "c",
      clientSecretEncrypted: null,
    } as unknown as IdentityProvider;
    const error = await refusal(
      upstreamConfiguration(provider, { encryptionKey: "", allowInsecure: false }),
    );
    expect(String(error)).toMatch(/private, loopback or link-local/);
  });
});
