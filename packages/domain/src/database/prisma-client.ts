import { PrismaPg } from "@prisma/adapter-pg";
import { ZDatabaseEnv } from "../config/env-schemas";
import { parseEnv } from "../config/load-env";
import { databaseEnvSource } from "./database-env-source";
import { PrismaClient } from "../generated/prisma/client";

export { PrismaClient };
export type { Prisma } from "../generated/prisma/client";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

// One client per process (and per database URL, for tests that switch);
// kept on globalThis so that Next.js dev reloads do not open new pools.
const holder = globalThis as unknown as {
  guestlistPrisma?: { source: string; url: string; client: PrismaClient };
};

/** The process-wide client for DATABASE_URL (or the embedded database). */
export function getPrisma(): PrismaClient {
  // Called several times per page: the environment is parsed again only when it changed.
  const source = databaseEnvSource();
  if (holder.guestlistPrisma?.source === source) return holder.guestlistPrisma.client;
  const { databaseUrl } = parseEnv(ZDatabaseEnv);
  if (holder.guestlistPrisma?.url !== databaseUrl) {
    void holder.guestlistPrisma?.client.$disconnect();
    holder.guestlistPrisma = { source, url: databaseUrl, client: createPrismaClient(databaseUrl) };
  }
  holder.guestlistPrisma.source = source;
  return holder.guestlistPrisma.client;
}
