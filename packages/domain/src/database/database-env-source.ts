/**
 * The variables the database URL is derived from, as one string: the pools
 * re-parse the environment only when it changes (tests point DATABASE_URL at
 * a database per file).
 */
export function databaseEnvSource(): string {
  return `${process.env.DATABASE_URL ?? ""}|${process.env.EMBEDDED_POSTGRES_PORT ?? ""}`;
}
