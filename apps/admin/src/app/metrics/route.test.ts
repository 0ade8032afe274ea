import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

const token = "admin-metrics-token-".padEnd(40, "x");
// Read with the rest of the admin's settings on first use.
process.env.GUESTLIST_METRICS_TOKEN = token;
process.env.GUESTLIST_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.ADMIN_AUTH_SECRET ??= randomBytes(32).toString("hex");
const scrape = (authorization?: string) =>
  GET(
    new Request("http://admin.test/metrics", { headers: authorization ? { authorization } : {} }),
  );

describe("GET /metrics (admin)", () => {
  it("answers the bearer token's holder with Prometheus text labelled admin", async () => {
    const response = await scrape(`Bearer ${token}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('guestlist_email_queue_depth{app="admin"}');
    expect(text).toContain("guestlist_process_cpu_seconds_total");
  });

  it("refuses anyone else", async () => {
    for (const header of [undefined, "Bearer nope"]) {
      const response = await scrape(header);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("guestlist_");
    }
  });
});
