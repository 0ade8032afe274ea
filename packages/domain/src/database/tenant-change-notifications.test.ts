import { afterAll, describe, expect, it, vi } from "vitest";
import { getPrisma } from "./prisma-client";
import { listenForTenantChanges, notifyTenantChanged } from "./tenant-change-notifications";

const prisma = getPrisma();
afterAll(() => prisma.$disconnect());

/** The listener's connection needs a moment to be up. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const until = async (condition: () => boolean, ms = 5000) => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("tenant change notifications", () => {
  it("reach listeners when the change commits, and never for a change rolled back", async () => {
    const heard: string[] = [];
    const listener = listenForTenantChanges(process.env.DATABASE_URL!, (id) => heard.push(id));
    try {
      await settle();
      await expect(
        prisma.$transaction(async (tx) => {
          await notifyTenantChanged(tx, "rolled-back");
          throw new Error("the change fails");
        }),
      ).rejects.toThrow("the change fails");
      await prisma.$transaction((tx) => notifyTenantChanged(tx, "committed"));
      await until(() => heard.includes("committed"));
      expect(heard).toEqual(["committed"]);
    } finally {
      await listener.close();
    }
  });

  it("reconnect after the database drops the connection, and say so, since notifications were missed", async () => {
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const heard: string[] = [];
    let reconnects = 0;
    const listener = listenForTenantChanges(
      process.env.DATABASE_URL!,
      (id) => heard.push(id),
      () => reconnects++,
    );
    try {
      await settle();
      await prisma.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE query LIKE 'LISTEN guestlist_tenant_changed%' AND datname = current_database()
          AND pid <> pg_backend_pid()`;
      await until(() => reconnects === 1);
      await prisma.$transaction((tx) => notifyTenantChanged(tx, "after-reconnect"));
      await until(() => heard.includes("after-reconnect"));
    } finally {
      await listener.close();
      vi.restoreAllMocks();
    }
  });
});
