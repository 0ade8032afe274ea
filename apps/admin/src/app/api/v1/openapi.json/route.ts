import { adminConfig } from "@/config";
import { openApiDocument } from "@/api-v1/openapi-document";

export const dynamic = "force-dynamic";

/** The admin API's OpenAPI document; public, like the API's shape (not its data). */
export function GET(): Response {
  return Response.json(openApiDocument(adminConfig().ADMIN_URL), {
    headers: { "cache-control": "public, max-age=300" },
  });
}
