import http from "node:http";
import https from "node:https";
import { blockedLiteralAddress, guardedLookup } from "../network/guarded-lookup";
import tls from "node:tls";

export class OutboundRequestError extends Error {
  override readonly name = "OutboundRequestError";
  constructor(
    message: string,
    /** Worth another attempt: timeouts and network errors. */
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export interface OutboundRequest {
  url: string;
  body: unknown;
  timeoutMs: number;
  allowPrivateNetworks: boolean;
  basic?: { username: string; password: string };
  clientCertificate?: { pfx: Buffer; passphrase: string };
  /** Extra certificate authorities (PEM) trusted for the endpoint, besides the system's. */
  trustedCa?: string;
  maxResponseBytes?: number;
  /** Beyond maxResponseBytes: fail (a connector's answer must be read whole) or keep the start (a webhook's). */
  oversizedResponse?: "fail" | "truncate";
  /** The exact body to send (a signed webhook's), instead of `body` as JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
  userAgent?: string;
}

/**
 * POSTs JSON and returns the status and body text. Every address the host
 * resolves to is checked when the socket connects (so DNS rebinding cannot
 * slip past), redirects are not followed, and the response is capped.
 */
export function postJson(request: OutboundRequest): Promise<{ status: number; text: string }> {
  const url = new URL(request.url);
  const maxBytes = request.maxResponseBytes ?? 64 * 1024;
  const payload = Buffer.from(request.rawBody ?? JSON.stringify(request.body));
  const literal = blockedLiteralAddress(url, request.allowPrivateNetworks);
  if (literal)
    return Promise.reject(
      new OutboundRequestError(`${literal} is a private, loopback or link-local address`, false),
    );
  const lookup = guardedLookup(
    request.allowPrivateNetworks,
    (message) => new OutboundRequestError(message, false),
  );

  const headers: Record<string, string> = {
    "content-type": "application/json",
    "content-length": String(payload.length),
    accept: "application/json",
    "user-agent": request.userAgent ?? "Guestlist-API-connector/1.0",
    ...request.headers,
  };
  if (request.basic) {
    headers.authorization = `Basic ${Buffer.from(`${request.basic.username}:${request.basic.password}`).toString("base64")}`;
  }
  const options: https.RequestOptions = {
    method: "POST",
    headers,
    lookup,
    // A fresh connection each time: a kept-alive socket would skip the address check above.
    agent: false,
    ...(request.clientCertificate
      ? { pfx: request.clientCertificate.pfx, passphrase: request.clientCertificate.passphrase }
      : {}),
    ...(request.trustedCa ? { ca: [...tls.rootCertificates, request.trustedCa] } : {}),
  };
  const transport = url.protocol === "https:" ? https : http;

  return new Promise((resolve, reject) => {
    const outgoing = transport.request(url, options, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes && request.oversizedResponse === "truncate") {
          chunks.push(chunk);
          response.destroy();
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8"),
          });
          return;
        }
        if (size > maxBytes) {
          outgoing.destroy(
            new OutboundRequestError(
              `the response is larger than ${Math.round(maxBytes / 1024)} KB`,
              false,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
      );
      response.on("error", (error) => reject(error));
    });
    const timer = setTimeout(
      () =>
        outgoing.destroy(
          new OutboundRequestError(`no answer within ${request.timeoutMs / 1000} s`, true),
        ),
      request.timeoutMs,
    );
    outgoing.on("error", (error) => {
      clearTimeout(timer);
      reject(
        error instanceof OutboundRequestError
          ? error
          : new OutboundRequestError(error.message, true),
      );
    });
    outgoing.on("close", () => clearTimeout(timer));
    outgoing.end(payload);
  });
}
