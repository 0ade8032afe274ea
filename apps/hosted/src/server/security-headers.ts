import type { IncomingMessage, ServerResponse } from "node:http";
import { newNonce, securityHeaders } from "@guestlist/domain/web-security";

/** Request header carrying the response's CSP nonce to our components. */
export const NONCE_HEADER = "x-guestlist-nonce";

export interface HostedSecurityOptions {
  /** HOSTED_URL, as browsers reach it. */
  publicUrl: string;
  /** ADMIN_URL: the portal frames the flows' preview. */
  adminUrl: string;
  development: boolean;
}

/**
 * Sets the headers every hosted response carries. The policy is also put on
 * the request, where Next.js looks for the nonce to stamp on its scripts (and
 * oidc-provider's form_post adds its script's hash to the response's policy).
 * Whatever the client sent under those names is overwritten.
 */
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  options: HostedSecurityOptions,
): void {
  const nonce = newNonce();
  const headers = securityHeaders(nonce, {
    https: options.publicUrl.startsWith("https:"),
    development: options.development,
  });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  req.headers["content-security-policy"] = headers["content-security-policy"];
  delete req.headers["content-security-policy-report-only"];
  req.headers[NONCE_HEADER] = nonce;
}

/**
 * A flow's preview (app/[tenant]/preview) is shown inside the admin portal:
 * the portal's origin, and only it, may frame it. Same nonce as the rest of
 * the response's policy.
 */
export function allowFramingByAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  options: HostedSecurityOptions,
): void {
  const headers = securityHeaders(nonceOf(req) ?? newNonce(), {
    https: options.publicUrl.startsWith("https:"),
    development: options.development,
    frameAncestors: [new URL(options.adminUrl).origin],
  });
  res.setHeader("content-security-policy", headers["content-security-policy"]!);
  res.removeHeader("x-frame-options");
  req.headers["content-security-policy"] = headers["content-security-policy"];
}

/** Where tenants' uploads are served (app/api/branding/assets). */
export const UPLOADS_PATH = "/api/branding/assets/";

/**
 * An uploaded file opened on its own (an SVG logo is a document that could
 * hold scripts) runs nothing and loads nothing: sandboxed, no sources.
 */
export function applyUploadPolicy(res: ServerResponse): void {
  res.setHeader(
    "content-security-policy",
    "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  );
  res.setHeader("cross-origin-resource-policy", "same-origin");
}

/** The nonce applySecurityHeaders chose for the response to `req`. */
export function nonceOf(req: IncomingMessage): string | undefined {
  const value = req.headers[NONCE_HEADER];
  return typeof value === "string" ? value : undefined;
}
