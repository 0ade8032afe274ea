import fs from "node:fs";
import path from "node:path";

/**
 * Finds the repository's prisma/ folder by walking up from `start`. Apps run
 * from apps/<name> (or a deployed copy of the repo), the CLI and tests from
 * anywhere inside it; GUESTLIST_PRISMA_DIR overrides the search for layouts
 * where prisma/ sits elsewhere.
 */
export function findPrismaDir(start: string = process.cwd()): string {
  const fromEnv = process.env.GUESTLIST_PRISMA_DIR;
  if (fromEnv) return path.resolve(/* turbopackIgnore: true */ fromEnv);
  let dir = path.resolve(/* turbopackIgnore: true */ start);
  for (;;) {
    const candidate = path.join(dir, "prisma", "schema.prisma");
    if (fs.existsSync(candidate)) return path.dirname(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Cannot find prisma/schema.prisma above ${start}; set GUESTLIST_PRISMA_DIR to the folder that holds it.`,
      );
    }
    dir = parent;
  }
}

export function migrationsDir(prismaDir: string = findPrismaDir()): string {
  return path.join(prismaDir, "migrations");
}

export function repositoryRoot(prismaDir: string = findPrismaDir()): string {
  return path.dirname(prismaDir);
}
