import { cookies } from "next/headers";
import { findTenantBySlug } from "@guestlist/domain/oidc";
import { accountPageSettings } from "@/config";
import { database } from "@/lib/database";
import { accountSignInRequest } from "@/server/account-relying-party";
import { accountCookies, sealAccountLogin } from "@/server/account-session";
import { accountPageOf } from "@/server/account-context";

export const dynamic = "force-dynamic";

/** Starts the account page's sign-in at the tenant's provider; the browser keeps what the callback must see again. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const { tenant: slug } = await params;
  const tenant = await findTenantBySlug(database(), slug);
  if (!tenant) return new Response("Not found", { status: 404 });
  const settings = accountPageSettings();
  const signIn = await accountSignInRequest(settings, tenant.slug);
  const login = accountCookies(tenant.slug, settings.hostedBaseUrl).login;
  (await cookies()).set(
    login.name,
    await sealAccountLogin(settings.cookieKeys, {
      tenantId: tenant.id,
      state: signIn.state,
      nonce: signIn.nonce,
      codeVerifier: signIn.codeVerifier,
      page: accountPageOf(new URL(request.url).searchParams.get("page")),
    }),
    { ...login.options, maxAge: 10 * 60 },
  );
  return new Response(null, {
    status: 303,
    headers: { location: signIn.url.href, "cache-control": "no-store" },
  });
}
