import { PrismaPg } from "@prisma/adapter-pg";
import { ZDatabaseEnv } from "../config/env-schemas";
import { parseEnv } from "../config/load-env";
import { PrismaClient } from "../generated/prisma/client";

export { PrismaClient };
export type { Prisma } from "../generated/prisma/client";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

// One client per process (and per database URL, for tests that switch);
// kept on globalThis so that Next.js dev reloads do not open new pools.
const holder = globalThis as unknown as { guestlistPrisma?: { url: string; client: PrismaClient } };

/** The process-wide client for DATABASE_URL (or the embedded database). */
export function getPrisma(): PrismaClient {
  const { databaseUrl } = parseEnv(ZDatabaseEnv);
  if (holder.guestlistPrisma?.url !== databaseUrl) {
    void holder.guestlistPrisma?.client.$disconnect();
    holder.guestlistPrisma = { url: databaseUrl, client: createPrismaClient(databaseUrl) };
  }
  return holder.guestlistPrisma.client;
}
