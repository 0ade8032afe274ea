import { IncomingMessage, type ServerResponse } from "node:http";
import { AppError } from "@guestlist/domain/errors";
import { rateLimiter, retryAdvice } from "@guestlist/domain/rate-limits";
import { sendPage } from "./html";

/** oidc-provider's own cap on a request body. */
const MAX_TOKEN_BODY = 56 * 1024;
/**
 * The largest form our pages accept: far above any flow's attribute page, and
 * below Next.js's own limit for server actions, which would fail as an error.
 */
export const MAX_FORM_BODY = 256 * 1024;

export interface RequestLimitOptions {
  tokenRequestsPerClientPerMinute: number;
  formPostsPerIpPerMinute: number;
}

/**
 * The hosted server's request-rate limits, shared by every instance through
 * PostgreSQL: token requests per client (a leaked secret or a runaway app
 * cannot flood the token endpoint) and form submissions per IP (whatever the
 * journey step). Over the limit the caller gets 429 with Retry-After.
 */
export function requestLimits(options: RequestLimitOptions) {
  const tokens = rateLimiter({
    name: "token-requests-per-client",
    points: options.tokenRequestsPerClientPerMinute,
    durationSeconds: 60,
    message: "Too many token requests for this client.",
  });
  const forms = rateLimiter({
    name: "form-posts-per-ip",
    points: options.formPostsPerIpPerMinute,
    durationSeconds: 60,
    message: "Too many requests came from your network.",
  });
  return {
    /** Spends a point of the client's budget; the request to hand on (its body read and replayed). */
    async tokenRequest(tenantId: string, req: IncomingMessage): Promise<IncomingMessage> {
      const { clientId, replay } = await readClientId(req);
      if (clientId) await tokens.consume(`${tenantId}:${clientId}`);
      return replay;
    },
    async formPost(ip: string): Promise<void> {
      if (ip) await forms.consume(ip);
    },
  };
}

/** 429 with Retry-After: JSON for the token endpoint, a page for people. */
export function sendTooManyRequests(
  res: ServerResponse,
  error: AppError,
  as: "json" | "html",
  nonce?: string,
): void {
  const retryAfter = String(error.details.retryAfterSeconds ?? 60);
  if (as === "json") {
    res.writeHead(429, {
      "retry-after": retryAfter,
      "cache-control": "no-store",
      "content-type": "application/json; charset=utf-8",
    });
    res.end(JSON.stringify({ error: "too_many_requests", error_description: error.message }));
    return;
  }
  sendPage(
    res,
    429,
    {
      title: "Too many requests",
      tenantName: "Guestlist",
      nonce,
      body: `<h1>Too many requests</h1><p>${error.message} ${retryAdvice(error)}</p>`,
    },
    { "retry-after": retryAfter },
  );
}

/**
 * A form post within MAX_FORM_BODY, as the request to hand on; larger ones are
 * refused (413) before Next.js reads them. Browsers send Content-Length; a
 * chunked body is read up to the limit and replayed.
 */
export async function limitFormBody(req: IncomingMessage): Promise<IncomingMessage> {
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared)) {
    if (declared <= MAX_FORM_BODY) return req;
    req.resume();
    throw new AppError("invalid_input", "This form is too large to send.");
  }
  if (!req.headers["transfer-encoding"]) return req;
  return replayOf(req, await readBody(req, MAX_FORM_BODY, "This form is too large to send."));
}

async function readBody(req: IncomingMessage, limit: number, message: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      // Read and discard the rest, so the client finishes sending and hears the answer.
      req.resume();
      throw new AppError("invalid_input", message);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** 413 for a form over the limit: a page that says so, the person's journey untouched. */
export function sendFormTooLarge(res: ServerResponse, nonce?: string): void {
  sendPage(
    res,
    413,
    {
      title: "Form too large",
      tenantName: "Guestlist",
      nonce,
      body: `<h1>This form is too large to send</h1><p>One of the answers is far longer than any question here needs. Go back, shorten it, and send the form again.</p>`,
    },
    { connection: "close" },
  );
}

/**
 * The client_id of a token request: from HTTP Basic, else from the form body.
 * Reading the body consumes the stream, so a copy of the request carrying the
 * same bytes is returned for oidc-provider to read as if untouched.
 */
async function readClientId(
  req: IncomingMessage,
): Promise<{ clientId: string | null; replay: IncomingMessage }> {
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, "base64").toString("utf8");
    const id = decoded.includes(":") ? decoded.slice(0, decoded.indexOf(":")) : "";
    try {
      return { clientId: decodeURIComponent(id) || null, replay: req };
    } catch {
      return { clientId: null, replay: req };
    }
  }
  const body = await readBody(req, MAX_TOKEN_BODY, "The request body is too large.");
  const clientId = new URLSearchParams(body.toString("utf8")).get("client_id");
  return { clientId, replay: replayOf(req, body) };
}

function replayOf(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  (copy as IncomingMessage & { originalUrl?: string }).originalUrl = (
    req as IncomingMessage & { originalUrl?: string }
  ).originalUrl;
  // An incomplete IncomingMessage destroys its socket when it ends; this one is whole.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}
