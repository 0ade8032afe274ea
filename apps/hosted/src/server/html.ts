import type { ServerResponse } from "node:http";
import { escapeHtml } from "@guestlist/domain/web-security";
import { brandColour } from "../components/brand-colour";

/**
 * The few pages oidc-provider renders itself (protocol errors, sign-out) in the
 * same look as the Next.js pages: plain HTML, no script, usable without JavaScript.
 */
export function page(options: {
  title: string;
  tenantName: string;
  primaryColor?: string | null;
  body: string;
  /** The response's CSP nonce; without it the page is unstyled but still works. */
  nonce?: string;
}): string {
  const color = brandColour(options.primaryColor);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} · ${escapeHtml(options.tenantName)}</title>
<style${options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : ""}>
body{margin:0;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:28rem;margin:3rem auto;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem;padding:2rem}
.brand{font-weight:700;color:${color};margin:0 0 1.5rem}h1{font-size:1.5rem;margin:0 0 1rem}p{line-height:1.5}
button{font:inherit;padding:.6rem 1rem;border-radius:.5rem;border:1px solid ${color};cursor:pointer;margin:.25rem .5rem .25rem 0}
.primary{background:${color};color:#fff}.secondary{background:#fff;color:${color}}
:focus-visible{outline:3px solid ${color};outline-offset:2px}code{background:#f1f5f9;padding:.1rem .3rem;border-radius:.25rem}
</style></head><body><main><p class="brand">${escapeHtml(options.tenantName)}</p>${options.body}</main></body></html>`;
}

/** Answers with one of these pages: never cached, with any extra headers (Retry-After...). */
export function sendPage(
  res: ServerResponse,
  status: number,
  content: Parameters<typeof page>[0],
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(page(content));
}
