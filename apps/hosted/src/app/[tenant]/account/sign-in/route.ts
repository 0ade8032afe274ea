import { cookies } from "next/headers";
import { accountPageSettings } from "@/config";
import { routeTenant, seeOther, tenantNotFound } from "@/server/account-page-data";
import { accountSignInRequest } from "@/server/account-relying-party";
import { accountCookies, sealAccountLogin } from "@/server/account-session";
import { accountPageOf } from "@/server/account-context";

export const dynamic = "force-dynamic";

/** Starts the account page's sign-in at the tenant's provider; the browser keeps what the callback must see again. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const tenant = await routeTenant(params);
  if (!tenant) return tenantNotFound();
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
  return seeOther(signIn.url.href);
}
