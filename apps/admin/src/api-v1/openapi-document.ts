import { z } from "zod";
import { ROLE_LABELS } from "@guestlist/domain/access";
import type { Operation } from "./operation";
import { API_OPERATIONS } from "./operations";

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    reused: "inline",
  }) as JsonSchema;
  return rest;
}

const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["invalid_input", "not_found"] },
        message: { type: "string" },
        details: {
          type: "array",
          items: {
            type: "object",
            properties: { path: { type: "string" }, message: { type: "string" } },
          },
        },
      },
    },
  },
};

const ERRORS: Record<string, string> = {
  "401": "No API key, or one that is unknown, revoked or expired.",
  "403": "The key's role does not allow this.",
  "404": "No such object in the key's tenant.",
  "409": "The change conflicts with the tenant's configuration (a name taken, an object in use).",
  "422": "The input is not valid; details name each field.",
  "429": "Too many requests for this key; Retry-After says when to retry.",
};

function queryParameters(schema: z.ZodType | undefined) {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: object.required?.includes(name) ?? false,
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  }));
}

function describeOperation(operation: Operation) {
  const { response } = operation;
  const success =
    response.status === 204
      ? { description: "Done; no content." }
      : response.schema
        ? {
            description: "Success.",
            content: { "application/json": { schema: jsonSchema(response.schema, "output") } },
          }
        : {
            description: "Success, streamed.",
            content: Object.fromEntries((response.mediaTypes ?? []).map((type) => [type, {}])),
          };
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.permission
      ? { description: `Needs a key whose role may ${operation.permission.replace(".", " ")}.` }
      : { description: "Any key of the tenant may call this." }),
    parameters: [...pathParameters(operation.path), ...queryParameters(operation.query)],
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(operation.body, "input") } },
          },
        }
      : {}),
    responses: {
      [String(response.status)]: success,
      ...Object.fromEntries(
        Object.entries(ERRORS)
          .filter(([status]) => status !== "403" || operation.permission)
          .map(([status, description]) => [
            status,
            {
              description,
              content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            },
          ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 description of /api/v1, generated from the operations the router serves. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method.toLowerCase()] = describeOperation(operation);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Guestlist admin API",
      version: "1",
      description: [
        "Automate a tenant's configuration and its guest users.",
        "Create an API key in the admin portal (Settings, API keys); it acts in its tenant with the role chosen for it:",
        Object.values(ROLE_LABELS).join(", ") + ".",
        "Every request is rate limited per key; RateLimit-* headers tell how much is left.",
      ].join(" "),
    },
    servers: [{ url: `${serverUrl.replace(/\/$/, "")}/api/v1` }],
    security: [{ apiKey: [] }],
    tags: [...new Set(API_OPERATIONS.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "Authorization: Bearer gl_..." },
      },
      schemas: { Error: ERROR_SCHEMA },
    },
  };
}
