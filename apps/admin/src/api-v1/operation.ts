import type { z } from "zod";
import type { Permission } from "@guestlist/domain/access";
import type { TenantAccess } from "@guestlist/domain/access";
import type { PrismaClient } from "@guestlist/domain/database";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface OperationContext<Query, Body> {
  prisma: PrismaClient;
  access: TenantAccess;
  params: Record<string, string>;
  query: Query;
  body: Body;
}

/** What a handler answers: JSON (201 for a creation), nothing (204), or a file download. */
export type OperationResult =
  | { status?: 200 | 201; json: unknown }
  | { status: 204 }
  | { download: { stream: AsyncIterable<string>; contentType: string; filename: string } };

/**
 * One endpoint of the admin REST API: the router dispatches on it, and the
 * OpenAPI document is generated from the same object, so they cannot drift.
 */
export interface Operation<Query = unknown, Body = unknown> {
  method: HttpMethod;
  /** OpenAPI path template under /api/v1, e.g. "/applications/{id}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  /** The permission a key's role needs; absent for reads, which every role may do. */
  permission?: Permission;
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  /** The JSON schema of a success response's body (by status), or a media type for streams. */
  response: { status: 200 | 201 | 204; schema?: z.ZodType; mediaTypes?: string[] };
  handle(context: OperationContext<Query, Body>): Promise<OperationResult>;
}

/** Keeps each operation's query and body types tied to its handler. */
export function operation<Query = undefined, Body = undefined>(
  definition: Operation<Query, Body>,
): Operation {
  return definition;
}
