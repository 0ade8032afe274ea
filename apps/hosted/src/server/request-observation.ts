import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { withLogContext } from "@guestlist/domain";
import { guestlistMetrics, secondsSince } from "@guestlist/domain/metrics";

const OIDC_ENDPOINTS = new Set([
  "auth",
  "token",
  "jwks",
  "me",
  "session",
  "request",
  "reg",
  ".well-known",
]);
const INTERACTION = /^\/[^/]+\/interaction\/([A-Za-z0-9_-]+)/;
const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A bounded label for a path: what kind of request it is, never the tenant or an id. */
export function routeLabel(path: string): string {
  const [first = "", second = ""] = path.split("/").slice(1);
  if (first === "_next") return "static";
  if (first === "api") return second === "health" ? "health" : "api";
  if (first === "metrics") return "metrics";
  if (!first || !second) return "other";
  if (second === "interaction") return "interaction";
  if (second === "federation") return "federation";
  if (second === "invitations") return "invitation";
  if (second === "terms") return "terms";
  return OIDC_ENDPOINTS.has(second)
    ? `oidc_${second.replace(".well-known", "discovery")}`
    : "other";
}

/**
 * Gives each request an id (a trusted proxy's X-Request-Id, or a new one),
 * sent back in X-Request-Id and written on every log line the request causes,
 * with the interaction it belongs to, so one sign-in can be followed across
 * requests and instances; and times it into the HTTP histogram.
 */
export function observeRequests(
  trustProxy: boolean,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
) {
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const incoming = req.headers["x-request-id"];
    const requestId =
      trustProxy && typeof incoming === "string" && REQUEST_ID.test(incoming)
        ? incoming
        : randomUUID();
    res.setHeader("x-request-id", requestId);
    const path = (req.url ?? "/").split("?")[0]!;
    const route = routeLabel(path);
    res.once("finish", () =>
      guestlistMetrics().httpRequests.observe(
        { route, method: req.method ?? "GET", status: String(res.statusCode) },
        secondsSince(started),
      ),
    );
    const interaction = INTERACTION.exec(path)?.[1];
    return withLogContext({ requestId, ...(interaction && { interaction }) }, () =>
      handle(req, res),
    );
  };
}
