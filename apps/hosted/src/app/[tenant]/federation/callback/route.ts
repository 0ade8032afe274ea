import { cookies } from "next/headers";
import { database } from "@/lib/database";
import { isAppError } from "@guestlist/domain/errors";
import { completeFederation } from "@guestlist/domain/federation";
import { journeySettings } from "@/config";
import { federationCookie, sameBrowser } from "@/server/federation-binding";

export const dynamic = "force-dynamic";

/**
 * Where upstream identity providers send the browser back. The URL given to
 * openid-client is rebuilt on the public base URL, since it must equal the
 * redirect URI registered with the provider.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const { tenant } = await params;
  const settings = journeySettings();
  const incoming = new URL(request.url);
  const callbackUrl = new URL(`${incoming.pathname}${incoming.search}`, settings.hostedBaseUrl);
  const state = callbackUrl.searchParams.get("state") ?? "";
  let uid: string | null = state.split(".")[0] || null;
  const binding = federationCookie(tenant, settings.hostedBaseUrl);
  // Another browser's upstream sign-in: its journey is not touched, and this page says it expired.
  if (sameBrowser((await cookies()).get(binding.name)?.value, state)) {
    try {
      uid = await completeFederation(database(), settings, { tenantSlug: tenant, callbackUrl });
    } catch (error) {
      // An expired or finished journey: its page says so.
      if (!isAppError(error)) throw error;
    }
  }
  const target = uid ? `/${tenant}/interaction/${uid}` : `/${tenant}/interaction/expired`;
  return new Response(null, {
    status: 303,
    headers: { location: target, "cache-control": "no-store" },
  });
}
