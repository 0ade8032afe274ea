import { cookies } from "next/headers";
import { findTenantBySlug } from "@guestlist/domain/oidc";
import { accountPageSettings } from "@/config";
import { database } from "@/lib/database";
import { accountSignOutUrl } from "@/server/account-relying-party";
import { accountCookies } from "@/server/account-session";

export const dynamic = "force-dynamic";

/** Signs out of the account page, then of the tenant's provider (which asks the person to confirm). */
export async function POST(
  _request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const { tenant: slug } = await params;
  const tenant = await findTenantBySlug(database(), slug);
  if (!tenant) return new Response("Not found", { status: 404 });
  const settings = accountPageSettings();
  const session = accountCookies(tenant.slug, settings.hostedBaseUrl).session;
  (await cookies()).delete({ name: session.name, path: session.options.path });
  const location = await accountSignOutUrl(settings, tenant.slug);
  return new Response(null, {
    status: 303,
    headers: { location: location.href, "cache-control": "no-store" },
  });
}
