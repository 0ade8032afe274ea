import { afterEach, describe, expect, it } from "vitest";
import { sqlPool } from "./sql-pool";
import { SQL_NOW, withUtcDates } from "./sql-time";

describe("timestamps on the pg pool", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("are read as the UTC instants the columns hold, whatever the process's time zone", async () => {
    process.env.TZ = "America/New_York";
    const { rows } = await sqlPool().query<{ at: Date; row: Record<string, unknown> }>(
      `SELECT '2026-01-02 03:04:05.678'::timestamp AS at, to_jsonb(r) AS row
         FROM (SELECT '2026-07-01 10:00:00'::timestamp AS "createdAt", 'x' AS name) r`,
    );
    expect(rows[0]!.at.toISOString()).toBe("2026-01-02T03:04:05.678Z");
    const row = withUtcDates<{ createdAt: Date; name: string }>(rows[0]!.row, ["createdAt"]);
    expect(row.createdAt.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(row.name).toBe("x");
  });

  it("are written as UTC", async () => {
    process.env.TZ = "Asia/Tokyo";
    const { rows } = await sqlPool().query<{ now: Date }>(`SELECT ${SQL_NOW} AS now`);
    expect(Math.abs(rows[0]!.now.getTime() - Date.now())).toBeLessThan(60_000);
  });
});
