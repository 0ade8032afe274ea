/** Where the embedded PostgreSQL listens unless EMBEDDED_POSTGRES_PORT says otherwise. */
export const EMBEDDED_POSTGRES_DEFAULT_PORT = 54329;
export const EMBEDDED_POSTGRES_USER = "postgres";
// Local-only: the embedded server listens on 127.0.0.1 and its data lives under .data/.
export const EMBEDDED_POSTGRES_PASSWORD = "guestlist";
export const EMBEDDED_DATABASE_NAME = "guestlist";

export function embeddedDatabaseUrl(port: number = EMBEDDED_POSTGRES_DEFAULT_PORT): string {
  return `postgresql://${EMBEDDED_POSTGRES_USER}:${EMBEDDED_POSTGRES_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
}

export const EMBEDDED_DATABASE_URL = embeddedDatabaseUrl();
