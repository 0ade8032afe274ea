import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const domainDir = path.resolve(import.meta.dirname, "../..");

/**
 * SQL that turns a database shaped like `from` into one shaped like `to`,
 * computed by `prisma migrate diff` with the Wasm schema engine. `from` and
 * `to` are Prisma schema texts, or null for an empty database. The engine
 * connects to `databaseUrl` through the pg adapter on start-up, so it must be
 * reachable, though nothing in it is read or changed.
 */
export async function schemaDiffSql(
  from: string | null,
  to: string | null,
  databaseUrl: string,
): Promise<string> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "guestlist-diff-"));
  try {
    const side = (name: string, schema: string | null): string[] => {
      if (schema === null) return [`--${name}-empty`];
      const file = path.join(work, `${name}.prisma`);
      fs.writeFileSync(file, schema);
      return [`--${name}-schema-datamodel`, file];
    };
    const prismaCli = createRequire(path.join(domainDir, "package.json")).resolve(
      "prisma/build/index.js",
    );
    const { stdout } = await execFileAsync(
      process.execPath,
      [
        prismaCli,
        "migrate",
        "diff",
        "--config",
        path.join(domainDir, "prisma.config.ts"),
        ...side("from", from),
        ...side("to", to),
        "--script",
      ],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
