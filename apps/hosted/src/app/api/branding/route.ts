import { brandStylesheet } from "@/components/brand-colour";

/**
 * The tenant's brand colour as a stylesheet: the Content-Security-Policy allows
 * stylesheets from our own origin on every navigation, where an inline
 * `<style>` carries a nonce that a client-side navigation's page no longer
 * matches. The colour is in the URL, so each colour is its own, immutable file.
 */
export function GET(request: Request): Response {
  const colour = new URL(request.url).searchParams.get("colour");
  return new Response(brandStylesheet(colour), {
    headers: {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
