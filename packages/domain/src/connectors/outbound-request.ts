import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

/** Addresses a connector may not reach unless private networks are allowed (development, tests). */
const BLOCKED = new net.BlockList();
for (const [prefix, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const) {
  BLOCKED.addSubnet(prefix, bits, "ipv4");
}
for (const [prefix, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  BLOCKED.addSubnet(prefix, bits, "ipv6");
}

export function isBlockedAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return BLOCKED.check(mapped, "ipv4");
  const family = net.isIP(address);
  return family === 0 ? true : BLOCKED.check(address, family === 4 ? "ipv4" : "ipv6");
}

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
}

/**
 * POSTs JSON and returns the status and body text. Every address the host
 * resolves to is checked when the socket connects (so DNS rebinding cannot
 * slip past), redirects are not followed, and the response is capped.
 */
export function postJson(request: OutboundRequest): Promise<{ status: number; text: string }> {
  const url = new URL(request.url);
  const maxBytes = request.maxResponseBytes ?? 64 * 1024;
  const payload = Buffer.from(JSON.stringify(request.body));
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (!request.allowPrivateNetworks && net.isIP(hostname) && isBlockedAddress(hostname)) {
    return Promise.reject(
      new OutboundRequestError(`${hostname} is a private, loopback or link-local address`, false),
    );
  }

  const lookup: net.LookupFunction = (host, options, callback) => {
    dns.lookup(host, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      const refused = request.allowPrivateNetworks
        ? undefined
        : list.find((a) => isBlockedAddress(a.address));
      if (refused)
        return callback(
          new OutboundRequestError(
            `${host} resolves to ${refused.address}, a private, loopback or link-local address`,
            false,
          ),
          "",
          0,
        );
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };

  const headers: Record<string, string> = {
    "content-type": "application/json",
    "content-length": String(payload.length),
    accept: "application/json",
    "user-agent": "Guestlist-API-connector/1.0",
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
