/** Readiness: the same report as /api/health, under the name orchestrators look for. */
export { GET } from "../route";

export const dynamic = "force-dynamic";
