import { brandStylesheet } from "@/components/brand-colour";

/**
 * The tenant's colours as a stylesheet: the Content-Security-Policy allows
 * stylesheets from our own origin on every navigation, where an inline
 * `<style>` carries a nonce that a client-side navigation's page no longer
 * matches. The colours are in the URL, so each pair is its own, immutable file.
 */
export function GET(request: Request): Response {
  const query = new URL(request.url).searchParams;
  return new Response(brandStylesheet(query.get("colour"), query.get("background")), {
    headers: {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
