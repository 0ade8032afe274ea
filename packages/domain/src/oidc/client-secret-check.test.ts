import { describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "../crypto/password-hash";
import { clientSecretCheck } from "./client-secret-check";

describe("client secret check", () => {
  it("verifies with argon2 once, then remembers the success until it expires", async () => {
    const hash = await hashPassword("the right secret");
    const verify = vi.fn(verifyPassword);
    let now = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const check = clientSecretCheck({ verify, ttlMs: 60_000 });
    expect(await check(hash, "the right secret")).toBe(true);
    expect(await check(hash, "the right secret")).toBe(true);
    expect(verify).toHaveBeenCalledTimes(1);
    now += 61_000;
    expect(await check(hash, "the right secret")).toBe(true);
    expect(verify).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });

  it("never remembers a failure, and a new hash (a rotated secret) is verified afresh", async () => {
    const verify = vi.fn(verifyPassword);
    const check = clientSecretCheck({ verify });
    const old = await hashPassword("old secret");
    expect(await check(old, "old secret")).toBe(true);
    expect(await check(old, "wrong")).toBe(false);
    expect(await check(old, "wrong")).toBe(false);
    const rotated = await hashPassword("new secret");
    expect(await check(rotated, "old secret")).toBe(false);
    expect(await check(rotated, "new secret")).toBe(true);
    expect(verify).toHaveBeenCalledTimes(5);
  });

  it("keeps at most `max` entries, forgetting the oldest", async () => {
    const verify = vi.fn(async () => true);
    const check = clientSecretCheck({ verify, max: 2 });
    await check("h", "a");
    await check("h", "b");
    await check("h", "c");
    await check("h", "a");
    expect(verify).toHaveBeenCalledTimes(4);
  });
});
