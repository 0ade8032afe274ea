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
});
