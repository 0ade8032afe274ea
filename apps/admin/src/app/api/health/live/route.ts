export const dynamic = "force-dynamic";

/** Liveness: the process answers. Restart it if not; the database is readiness's concern. */
export function GET(): Response {
  return Response.json(
    { status: "ok", app: "admin" },
    { headers: { "cache-control": "no-store" } },
  );
}
