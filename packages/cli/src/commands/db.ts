import {
  applyMigrations,
  createPrismaClient,
  getMigrationStatus,
} from "@guestlist/domain/database";
import { createMigration } from "@guestlist/domain/database/tooling";
import { ZAppUrlsEnv, parseEnv } from "@guestlist/domain/config";
import { installJobQueue } from "@guestlist/domain/jobs";
import { seedDemo, type SeedDemoResult } from "@guestlist/domain/seed";
import { AppError } from "@guestlist/domain/errors";
import { openDatabase } from "../runtime/database";
import { loadLocalSecrets } from "../runtime/local-secrets";
import { dataDir } from "../runtime/paths";
import { say } from "../runtime/output";

export async function migrateCommand(): Promise<void> {
  const db = await openDatabase(say);
  try {
    const applied = await applyMigrations(db.url);
    await installJobQueue(db.url);
    say(
      applied.length === 0
        ? "The database is up to date."
        : `Applied ${applied.length} migration(s): ${applied.join(", ")}`,
    );
  } finally {
    await db.stop();
  }
}

export async function statusCommand(): Promise<void> {
  const db = await openDatabase(say);
  try {
    const { applied, pending } = await getMigrationStatus(db.url);
    say(
      `${applied.length} migration(s) applied, ${pending.length} pending${pending.length ? `: ${pending.join(", ")}` : ""}.`,
    );
  } finally {
    await db.stop();
  }
}

export async function createMigrationCommand(name: string | undefined): Promise<void> {
  if (!name)
    throw new AppError(
      "invalid_input",
      "Usage: pnpm db:migration:create <name>, e.g. add_api_keys.",
    );
  const db = await openDatabase(say);
  try {
    const created = await createMigration(name, db.url);
    say(
      created
        ? `Created ${created.folder}/migration.sql`
        : "schema.prisma has no changes since the last migration.",
    );
  } finally {
    await db.stop();
  }
}

export async function runSeed(databaseUrl: string): Promise<SeedDemoResult> {
  const urls = parseEnv(ZAppUrlsEnv);
  const secrets = loadLocalSecrets(dataDir());
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await seedDemo(prisma, {
      adminEmail: process.env.GUESTLIST_ADMIN_EMAIL ?? "admin@woodgrove.test",
      adminPassword: process.env.GUESTLIST_ADMIN_PASSWORD,
      demoUrl: urls.DEMO_URL,
      demoClientSecret: secrets.DEMO_CLIENT_SECRET,
    });
  } finally {
    await prisma.$disconnect();
  }
}

export function describeAdministrator(seed: SeedDemoResult): string {
  if (seed.generatedAdminPassword) {
    return `${seed.adminEmail} / ${seed.generatedAdminPassword}   (generated now and shown only once: note it, or set GUESTLIST_ADMIN_PASSWORD)`;
  }
  return process.env.GUESTLIST_ADMIN_PASSWORD
    ? `${seed.adminEmail}   (password from GUESTLIST_ADMIN_PASSWORD)`
    : `${seed.adminEmail}   (password shown when it was created; set GUESTLIST_ADMIN_PASSWORD to reset it)`;
}

export async function seedCommand(): Promise<void> {
  const db = await openDatabase(say);
  try {
    await applyMigrations(db.url);
    await installJobQueue(db.url);
    const seed = await runSeed(db.url);
    say(`Seeded tenant "${seed.tenantSlug}" and application "${seed.demoClientId}".`);
    say(`Administrator: ${describeAdministrator(seed)}`);
  } finally {
    await db.stop();
  }
}
