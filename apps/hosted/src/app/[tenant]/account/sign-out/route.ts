import { cookies } from "next/headers";
import { accountPageSettings } from "@/config";
import { routeTenant, seeOther, tenantNotFound } from "@/server/account-page-data";
import { accountSignOutUrl } from "@/server/account-relying-party";
import { accountCookies } from "@/server/account-session";

export const dynamic = "force-dynamic";

/** Signs out of the account page, then of the tenant's provider (which asks the person to confirm). */
export async function POST(
  _request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const tenant = await routeTenant(params);
  if (!tenant) return tenantNotFound();
  const settings = accountPageSettings();
  const session = accountCookies(tenant.slug, settings.hostedBaseUrl).session;
  (await cookies()).delete({ name: session.name, path: session.options.path });
  return seeOther((await accountSignOutUrl(settings, tenant.slug)).href);
}
