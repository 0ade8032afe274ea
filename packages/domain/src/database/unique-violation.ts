/** PostgreSQL's unique_violation, as `pg` reports it. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23505";
}
