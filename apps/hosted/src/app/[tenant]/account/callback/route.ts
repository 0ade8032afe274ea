import { cookies } from "next/headers";
import { createLogger } from "@guestlist/domain";
import { accountPageSettings } from "@/config";
import { routeTenant, seeOther, tenantNotFound } from "@/server/account-page-data";
import { completeAccountSignIn } from "@/server/account-relying-party";
import { accountPageOf, accountPagePath } from "@/server/account-context";
import {
  ACCOUNT_SESSION_SECONDS,
  accountCookies,
  openAccountLogin,
  sealAccountSession,
} from "@/server/account-session";

export const dynamic = "force-dynamic";

const log = createLogger("account-page");

/**
 * The provider sends the browser back here. The URL given to openid-client is
 * rebuilt on the public base URL, since it must equal the registered redirect
 * URI. A sign-in this browser did not start, a cancelled or failed one, goes
 * to the signed-out page, which offers to start again.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const tenant = await routeTenant(params);
  if (!tenant) return tenantNotFound();
  const settings = accountPageSettings();
  const names = accountCookies(tenant.slug, settings.hostedBaseUrl);
  const jar = await cookies();
  const login = await openAccountLogin(settings.cookieKeys, jar.get(names.login.name)?.value);
  jar.delete({ name: names.login.name, path: names.login.options.path });
  const incoming = new URL(request.url);
  const callbackUrl = new URL(`${incoming.pathname}${incoming.search}`, settings.hostedBaseUrl);
  const signedOut = `/${tenant.slug}/account/signed-out`;
  if (!login || login.tenantId !== tenant.id || callbackUrl.searchParams.has("error"))
    return seeOther(`${signedOut}?reason=not-signed-in`);
  try {
    const signedIn = await completeAccountSignIn(settings, tenant.slug, callbackUrl, login);
    jar.set(
      names.session.name,
      await sealAccountSession(settings.cookieKeys, { tenantId: tenant.id, ...signedIn }),
      { ...names.session.options, maxAge: ACCOUNT_SESSION_SECONDS },
    );
    return seeOther(accountPagePath(tenant.slug, accountPageOf(login.page)));
  } catch (error) {
    log.warn("account page sign-in refused", { tenant: tenant.slug, error });
    return seeOther(`${signedOut}?reason=not-signed-in`);
  }
}
