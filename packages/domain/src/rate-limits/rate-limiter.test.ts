import { describe, expect, it } from "vitest";
import { getPrisma } from "../database/prisma-client";
import { rateLimiter } from "./rate-limiter";

describe("rate limits in PostgreSQL", () => {
  it("counts per key across limiter instances and says when to come back", async () => {
    const limit = { name: "test", points: 3, durationSeconds: 60, message: "Slow down." };
    const first = rateLimiter(limit);
    const second = rateLimiter(limit);
    expect(await first.consume("key-a")).toMatchObject({ limit: 3, remaining: 2 });
    expect(await second.consume("key-a")).toMatchObject({ remaining: 1 });
    await first.consume("key-a");
    await expect(second.consume("key-a")).rejects.toMatchObject({
      code: "rate_limited",
      message: "Slow down.",
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect(await first.consume("key-b")).toMatchObject({ remaining: 2 });
    expect(await getPrisma().rateLimit.count({ where: { key: { startsWith: "test:" } } })).toBe(2);
  });

  it("checks without spending, and forgets a key on reset", async () => {
    const limit = rateLimiter({ name: "check", points: 2, durationSeconds: 60, message: "Wait." });
    await limit.check("k");
    await limit.consume("k");
    await limit.check("k");
    await limit.consume("k");
    await expect(limit.check("k")).rejects.toMatchObject({ code: "rate_limited" });
    await limit.reset("k");
    await limit.check("k");
    expect(await limit.consume("k")).toMatchObject({ remaining: 1 });
  });

  it("stores keys as digests, so any key fits and none is readable in the table", async () => {
    const limit = rateLimiter({ name: "digest", points: 5, durationSeconds: 60, message: "Wait." });
    for (const key of ["ada@supplier.test", "with\u0000nul", "x".repeat(10_000)])
      await limit.consume(key);
    const rows = await getPrisma().rateLimit.findMany({
      where: { key: { startsWith: "digest:" } },
    });
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.key).toMatch(/^digest:[A-Za-z0-9_-]{43}$/);
  });
});
