import { demoEnv } from "@/config";

export const dynamic = "force-dynamic";

/**
 * The demo has no database of its own: it is healthy when the hosted pages it
 * signs users in through are, and it passes on their view of the database.
 */
export async function GET(): Promise<Response> {
  const { HOSTED_URL } = demoEnv();
  let hosted: { status: string; database?: unknown } = { status: "unreachable" };
  try {
    const response = await fetch(new URL("/api/health", HOSTED_URL), {
      cache: "no-store",
      signal: AbortSignal.timeout(5000),
    });
    hosted = (await response.json()) as typeof hosted;
  } catch {
    // Reported as "unreachable" below.
  }
  const ok = hosted.status === "ok";
  return Response.json(
    {
      status: ok ? "ok" : "unavailable",
      app: "demo",
      hosted: { url: HOSTED_URL, status: hosted.status },
      database: hosted.database ?? null,
    },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
