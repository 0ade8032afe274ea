import { isAppError } from "@guestlist/domain/errors";
import { createMigrationCommand, migrateCommand, seedCommand, statusCommand } from "./commands/db";
import { reencryptCommand, rotateKeysCommand } from "./commands/keys";
import { outboxCommand } from "./commands/outbox";
import { startCommand } from "./commands/start";
import { complain } from "./runtime/output";

const USAGE = `Usage: guestlist <command>
  start [--dev]              migrate and seed the database, then run admin, hosted and demo
  db migrate                 apply pending migrations
  db status                  list applied and pending migrations
  db seed                    create the demo tenant and administrator (idempotent)
  db migration create NAME   add a migration for the changes in prisma/schema.prisma
  keys rotate TENANT         give a tenant a new signing key (the old one stays published until its tokens expire)
  keys reencrypt             rewrite every secret at rest with the first key of GUESTLIST_ENCRYPTION_KEY
  outbox [ADDRESS]           show emails kept in the outbox because RESEND_API_KEY is not set`;

async function main(args: string[]): Promise<void> {
  const [command, sub, ...rest] = args;
  if (command === "start") return startCommand({ dev: args.includes("--dev") });
  if (command === "db" && sub === "migrate") return migrateCommand();
  if (command === "db" && sub === "status") return statusCommand();
  if (command === "db" && sub === "seed") return seedCommand();
  if (command === "db" && sub === "migration" && rest[0] === "create")
    return createMigrationCommand(rest[1]);
  if (command === "keys" && sub === "rotate") return rotateKeysCommand(rest[0]);
  if (command === "keys" && sub === "reencrypt") return reencryptCommand();
  if (command === "outbox") return outboxCommand(sub);
  complain(USAGE);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Expected problems (configuration, database, ports) are one sentence; anything else keeps its stack.
  complain(
    isAppError(error)
      ? `guestlist: ${error.message}`
      : `guestlist: unexpected error\n${error instanceof Error ? error.stack : String(error)}`,
  );
  process.exit(1);
});
