import path from "node:path";

const here = import.meta.dirname;

/** The `test` options that give a package's Vitest run a real, migrated, throw-away PostgreSQL. */
export function databaseTestConfig() {
  return {
    globalSetup: [path.join(here, "global-setup.ts")],
    setupFiles: [path.join(here, "per-file-database.ts")],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  };
}
