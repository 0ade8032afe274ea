import { cookies } from "next/headers";
import { samlPostRequest } from "@guestlist/domain/saml";
import { escapeHtml } from "@guestlist/domain/web-security";
import { journeySettings } from "@/config";
import { federationCookie, sameBrowser } from "@/server/federation-binding";

export const dynamic = "force-dynamic";

/**
 * The HTTP-POST binding: a page whose one button posts the signed
 * AuthnRequest to the identity provider (it works without JavaScript). Only
 * the browser that started the sign-in sees it.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenant: string; uid: string }> },
): Promise<Response> {
  const { tenant, uid } = await params;
  const request = await samlPostRequest(tenant, uid);
  const cookie = (await cookies()).get(
    federationCookie(tenant, journeySettings().hostedBaseUrl).name,
  )?.value;
  if (!request || !sameBrowser(cookie, request.state))
    return new Response(null, {
      status: 303,
      headers: { location: `/${tenant}/interaction/${uid}`, "cache-control": "no-store" },
    });
  const fields = Object.entries(request.fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join("");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Continue to ${escapeHtml(request.providerName)}</title></head>
<body>
<main><h1>Continue to ${escapeHtml(request.providerName)}</h1>
<p>You will sign in with your organisation's account there, then come back here.</p>
<form method="post" action="${escapeHtml(request.url)}">${fields}
<button type="submit">Continue</button></form></main></body></html>`;
  return new Response(html, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
