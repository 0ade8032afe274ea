/*
 * Prisma's DateTime columns are `timestamp(3)` without a time zone, holding
 * UTC. SQL on the pg pool reads and writes them in UTC explicitly, so neither
 * the server's nor the database session's time zone matters.
 */

/** The current time, as the columns hold it. */
export const SQL_NOW = `(now() AT TIME ZONE 'UTC')`;

/** A column as seconds since the epoch. */
export const epochOf = (column: string) => `extract(epoch from "${column}")::float8`;

/** A parameter holding seconds since the epoch, as a column value. */
export const fromEpoch = (parameter: string) => `(to_timestamp(${parameter}) AT TIME ZONE 'UTC')`;

/** A timestamp column's text (as PostgreSQL prints it, or inside JSON) as the UTC instant it holds. */
export function utcDate(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

/** Rows turned to JSON in SQL (`to_jsonb(t)`) carry their timestamps as text: back to Dates. */
export function withUtcDates<T>(row: Record<string, unknown>, columns: readonly string[]): T {
  const converted: Record<string, unknown> = { ...row };
  for (const column of columns) {
    const value = row[column];
    if (typeof value === "string") converted[column] = utcDate(value);
  }
  return converted as T;
}
