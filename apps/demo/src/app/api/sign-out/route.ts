import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { demoEnv, issuerUrl } from "@/config";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Ends the demo's session and the hosted one: RP-initiated logout through the
 * issuer's end_session_endpoint, returning to the demo's home page.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const env = demoEnv();
  const token = await getToken({ req: request, secret: env.DEMO_AUTH_SECRET });
  const discovery = (await (
    await fetch(`${issuerUrl(env)}/.well-known/openid-configuration`, { cache: "no-store" })
  ).json()) as {
    end_session_endpoint?: string;
  };
  const home = new URL("/", env.DEMO_URL).href;
  let target = home;
  if (discovery.end_session_endpoint) {
    const logout = new URL(discovery.end_session_endpoint);
    if (token?.idToken) logout.searchParams.set("id_token_hint", token.idToken);
    logout.searchParams.set("client_id", env.DEMO_CLIENT_ID);
    logout.searchParams.set("post_logout_redirect_uri", home);
    target = logout.href;
  }
  const response = new Response(null, { status: 303, headers: { location: target } });
  for (const name of SESSION_COOKIES) {
    response.headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  }
  return response;
}
