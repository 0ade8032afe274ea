export interface SecurityHeaderOptions {
  /** The public URL is https: send HSTS and upgrade stray http subresources. */
  https: boolean;
  /** Next.js development mode evaluates code and needs 'unsafe-eval'. */
  development: boolean;
  /** Origins this page may frame (the admin's preview of the hosted pages). */
  frameSources?: string[];
  /** Origins that may frame this page (the hosted preview, for the admin); none otherwise. */
  frameAncestors?: string[];
}

/** A fresh CSP nonce: 128 random bits, base64. Works in Node.js and edge runtimes. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * A strict policy: scripts and styles run only with this response's nonce
 * ('strict-dynamic' lets Next.js's loader add its chunks); nothing may frame
 * the page. form-action is left open on purpose: sign-in ends with a redirect
 * to the application's origin, and browsers check redirects after a form
 * submission against form-action.
 */
export function contentSecurityPolicy(nonce: string, options: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    // The bot check's proof of work runs in a worker served from our own origin.
    "worker-src 'self'",
    ...(options.frameSources?.length ? [`frame-src 'self' ${options.frameSources.join(" ")}`] : []),
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${options.frameAncestors?.length ? options.frameAncestors.join(" ") : "'none'"}`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Every response's security headers, the CSP built around `nonce`. */
export function securityHeaders(
  nonce: string,
  options: SecurityHeaderOptions,
): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(nonce, options),
    ...(options.frameAncestors?.length ? {} : { "x-frame-options": "DENY" }),
    "x-content-type-options": "nosniff",
    // URLs carry interaction ids and codes: they never leave our origin in a Referer.
    // (no-referrer would also make browsers send "Origin: null" on our own forms.)
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(options.https
      ? { "strict-transport-security": "max-age=63072000; includeSubDomains" }
      : {}),
  };
}
