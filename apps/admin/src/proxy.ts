import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteWrite, newNonce, securityHeaders } from "@guestlist/domain/web-security";

/**
 * Every admin response gets the security headers and a fresh CSP nonce, which
 * Next.js reads from the request's policy to stamp its scripts. State-changing
 * requests from another site are refused before any page or action runs; the
 * REST API is exempt because it authenticates with bearer keys, not cookies.
 */
export function proxy(request: NextRequest) {
  const publicUrl = process.env.ADMIN_URL ?? "http://localhost:3000";
  const isApi = request.nextUrl.pathname.startsWith("/api/v1/");
  if (
    !isApi &&
    isCrossSiteWrite(
      {
        method: request.method,
        origin: request.headers.get("origin"),
        secFetchSite: request.headers.get("sec-fetch-site"),
      },
      new URL(publicUrl).origin,
    )
  )
    return new NextResponse("This request was sent from another website and was refused.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });

  const nonce = newNonce();
  const headers = securityHeaders(nonce, {
    https: publicUrl.startsWith("https:"),
    development: process.env.NODE_ENV === "development",
    // The user flow's preview shows the hosted pages themselves.
    frameSources: [new URL(process.env.HOSTED_URL ?? "http://localhost:3001").origin],
  });
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["content-security-policy"]!);
  forwarded.delete("content-security-policy-report-only");
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
