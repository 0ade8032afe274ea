import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { drainServer } from "./graceful-shutdown";
import type { OperationalState } from "./operational-endpoints";

async function serve(handler: http.RequestListener) {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("draining a stopping instance", () => {
  it("finishes the request in flight, refuses new connections, then closes the rest in order", async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const { server, url } = await serve((req, res) => {
      void slow.then(() => res.end("finished"));
    });
    const state: OperationalState = { draining: false };
    const closed: string[] = [];
    const inFlight = fetch(`${url}/slow`).then((response) => response.text());
    await new Promise((resolve) => setTimeout(resolve, 50));

    const drained = drainServer(server, state, 5000, [
      async () => closed.push("worker"),
      async () => closed.push("database"),
    ]);
    expect(state.draining).toBe(true);
    await expect(fetch(`${url}/new`)).rejects.toThrow();
    expect(closed).toEqual([]);

    release();
    expect(await inFlight).toBe("finished");
    await drained;
    expect(closed).toEqual(["worker", "database"]);
  });

  it("cuts connections still open after the timeout", async () => {
    const { server, url } = await serve(() => {
      // Never answers.
    });
    const state: OperationalState = { draining: false };
    const hanging = fetch(`${url}/hang`).catch(() => "cut");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await drainServer(server, state, 200, []);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await hanging).toBe("cut");
  });
});
