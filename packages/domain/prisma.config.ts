import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { EMBEDDED_DATABASE_URL } from "./src/config/database-url";

// The CLI reads the schema (and so env("DATABASE_URL")) before any command,
// even `generate`, which never connects: without a value it falls back to the
// native engine and tries to download it.
process.env.DATABASE_URL ??= EMBEDDED_DATABASE_URL;

// The Wasm schema engine bundled with the CLI ("engine: js") is what lets
// `prisma generate` and `prisma migrate diff` run without downloading a native
// engine. Migrations are applied by our own migrator (src/database/migrator.ts).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "../../prisma/schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "../../prisma/migrations") },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
