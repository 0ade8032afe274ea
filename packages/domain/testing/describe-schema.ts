import pg from "pg";

/**
 * A comparable picture of everything a schema defines in `public`: tables and
 * columns, constraints, indexes and enums, each as PostgreSQL itself prints
 * them. Two databases with equal pictures have the same schema.
 */
export interface SchemaDescription {
  columns: string[];
  constraints: string[];
  indexes: string[];
  enums: string[];
}

export async function describeSchema(databaseUrl: string): Promise<SchemaDescription> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = async (sql: string) =>
      (await client.query<{ line: string }>(sql)).rows.map((row) => row.line);
    return {
      columns: await rows(`
        SELECT format('%s.%s %s %s default=%s', table_name, column_name, data_type || coalesce('(' || udt_name || ')', ''),
                      CASE WHEN is_nullable = 'YES' THEN 'null' ELSE 'not null' END, coalesce(column_default, '-')) AS line
          FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
         ORDER BY table_name, column_name`),
      constraints: await rows(`
        SELECT format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS line
          FROM pg_constraint
         WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
           AND conrelid::regclass::text <> '_prisma_migrations'
         ORDER BY 1`),
      indexes: await rows(`
        SELECT indexdef AS line FROM pg_indexes
         WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
         ORDER BY indexname`),
      enums: await rows(`
        SELECT format('%s: %s', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)) AS line
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         WHERE t.typnamespace = 'public'::regnamespace
         GROUP BY t.typname ORDER BY t.typname`),
    };
  } finally {
    await client.end();
  }
}
