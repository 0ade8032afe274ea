import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { freePort } from "../../testing/free-port";
import { startEmbeddedPostgres } from "./embedded-postgres";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a restart", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guestlist-embedded-"));
    const dataDir = path.join(dir, "data");
    const port = await freePort();
    try {
      const first = await startEmbeddedPostgres({ dataDir, port });
      await query(
        first.urlFor("postgres"),
        "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')",
      );
      await first.stop();

      const second = await startEmbeddedPostgres({ dataDir, port });
      const { rows } = await query(second.urlFor("postgres"), "SELECT value FROM kept");
      await second.stop();
      expect(rows).toEqual([{ value: "still here" }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("says which variable to change when its port belongs to another program", async () => {
    const blocker = net.createServer((socket) => socket.end("not postgres\n"));
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), "never-used"), port }),
      ).rejects.toThrow(`Port ${port} is in use by another program`);
    } finally {
      blocker.close();
    }
  });
});
