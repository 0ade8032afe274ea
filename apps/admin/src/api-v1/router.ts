import { z } from "zod";
import { can } from "@guestlist/domain/access";
import { authenticateApiKey } from "@guestlist/domain/api-keys";
import { database } from "@/lib/database";
import { AppError } from "@guestlist/domain/errors";
import { rateLimiter, type RateLimitState } from "@guestlist/domain/rate-limits";
import { downloadResponse } from "../lib/download-response";
import { apiError, errorResponse } from "../lib/errors/error-response";
import type { Operation } from "./operation";
import { API_OPERATIONS } from "./operations";

const ZPathId = z.uuid();

interface CompiledOperation {
  operation: Operation;
  pattern: RegExp;
  names: string[];
}

const compiled: CompiledOperation[] = API_OPERATIONS.map((operation) => {
  const names: string[] = [];
  const source = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { operation, pattern: new RegExp(`^${source}$`), names };
});

/** Path parameters are ids: anything that is not a UUID is a path that does not exist. */
function match(path: string) {
  return compiled.flatMap(({ operation, pattern, names }) => {
    const found = pattern.exec(path);
    if (!found) return [];
    const params = Object.fromEntries(names.map((name, i) => [name, found[i + 1]!]));
    return Object.values(params).every((value) => ZPathId.safeParse(value).success)
      ? [{ operation, params }]
      : [];
  });
}

const keyLimiters = new Map<number, ReturnType<typeof rateLimiter>>();
function keyLimiter(requestsPerMinute: number) {
  let limiter = keyLimiters.get(requestsPerMinute);
  if (!limiter) {
    limiter = rateLimiter({
      name: `admin-api-key-${requestsPerMinute}`,
      points: requestsPerMinute,
      durationSeconds: 60,
      message: `This API key made more than ${requestsPerMinute} requests in a minute; wait and retry.`,
    });
    keyLimiters.set(requestsPerMinute, limiter);
  }
  return limiter;
}

const rateHeaders = (state: RateLimitState): Record<string, string> => ({
  "ratelimit-limit": String(state.limit),
  "ratelimit-remaining": String(state.remaining),
  "ratelimit-reset": String(state.resetSeconds),
});

function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

async function jsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type))
    throw new AppError("invalid_input", "Send the body as JSON (Content-Type: application/json).");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("invalid_input", "The body is not valid JSON.");
  }
  const where = nulPath(body, "");
  if (where !== undefined)
    throw new AppError("invalid_input", "Text cannot contain the NUL character (\\u0000).", {
      fieldIssues: [{ path: where, message: "Remove the NUL character (\\u0000)." }],
    });
  return body;
}

/**
 * Where in a JSON value a string holds U+0000, which no text column can store:
 * refused here as a 422 on that field rather than failing in PostgreSQL.
 */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes("\u0000")) return path;
      const found = nulPath(inner, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  return undefined;
}

export interface ApiSettings {
  requestsPerMinute: number;
}

/** Serves one request to /api/v1/<path>: routing, API key, rate limit, role, validation, the domain call. */
export async function handleApiRequest(
  request: Request,
  path: string,
  settings: ApiSettings,
): Promise<Response> {
  const candidates = match(path);
  if (candidates.length === 0) return apiError(404, "not_found", "There is no such endpoint.");
  const found = candidates.find((candidate) => candidate.operation.method === request.method);
  if (!found)
    return apiError(405, "method_not_allowed", `This endpoint does not accept ${request.method}.`, {
      headers: { allow: candidates.map((candidate) => candidate.operation.method).join(", ") },
    });

  let headers: Record<string, string> = {};
  try {
    const prisma = database();
    const authorization = request.headers.get("authorization") ?? "";
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!bearer)
      throw new AppError("unauthenticated", "Send an API key: Authorization: Bearer <key>.");
    const access = await authenticateApiKey(prisma, bearer);
    headers = rateHeaders(await keyLimiter(settings.requestsPerMinute).consume(access.apiKey.id));
    const { operation, params } = found;
    if (operation.permission && !can(access.role, operation.permission))
      throw new AppError("forbidden", "This API key's role does not allow this change.");
    const query = operation.query
      ? operation.query.parse(queryObject(new URL(request.url)))
      : undefined;
    const body = operation.body ? operation.body.parse(await jsonBody(request)) : undefined;
    const result = await operation.handle({ prisma, access, params, query, body });
    headers["cache-control"] = "no-store";
    if ("download" in result) return downloadResponse(result.download, headers);
    if (!("json" in result)) return new Response(null, { status: 204, headers });
    return Response.json(result.json, { status: result.status ?? 200, headers });
  } catch (error) {
    return errorResponse(error, headers);
  }
}
