import { describe, expect, it, vi } from "vitest";
import { TenantConfigCache } from "./tenant-config-cache";

const app = (id: string) => ({ client_id: id });

describe("TenantConfigCache", () => {
  it("reads an application once until its tenant changes or the period ends", async () => {
    vi.useFakeTimers();
    try {
      const cache = new TenantConfigCache<{ client_id: string }>(30_000);
      const load = vi.fn(async () => app("a"));
      await cache.find("t1", "a", load);
      await cache.find("t1", "a", load);
      expect(load).toHaveBeenCalledTimes(1);

      cache.invalidateTenant("t2");
      await cache.find("t1", "a", load);
      expect(load).toHaveBeenCalledTimes(1);
      cache.invalidateTenant("t1");
      await cache.find("t1", "a", load);
      expect(load).toHaveBeenCalledTimes(2);

      vi.advanceTimersByTime(30_001);
      await cache.find("t1", "a", load);
      expect(load).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps tenants apart and never remembers an unknown client", async () => {
    const cache = new TenantConfigCache<{ client_id: string }>();
    expect(await cache.find("t1", "shared-id", async () => app("t1-app"))).toEqual(app("t1-app"));
    expect(await cache.find("t2", "shared-id", async () => app("t2-app"))).toEqual(app("t2-app"));
    const missing = vi.fn(async () => undefined);
    await cache.find("t1", "nobody", missing);
    await cache.find("t1", "nobody", missing);
    expect(missing).toHaveBeenCalledTimes(2);
  });

  it("holds at most `max` applications, dropping the oldest", async () => {
    const cache = new TenantConfigCache<{ client_id: string }>(30_000, 2);
    const load = vi.fn(async () => app("x"));
    for (const id of ["a", "b", "c"]) await cache.find("t", id, load);
    await cache.find("t", "c", load);
    await cache.find("t", "a", load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
