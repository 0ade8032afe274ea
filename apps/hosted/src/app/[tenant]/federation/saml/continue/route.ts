import { cookies } from "next/headers";
import { isAppError } from "@guestlist/domain/errors";
import { completeSamlFederation } from "@guestlist/domain/saml";
import { journeySettings } from "@/config";
import { database } from "@/lib/database";
import { federationCookie, sameBrowser, samlHandoffCookie } from "@/server/federation-binding";

export const dynamic = "force-dynamic";

/**
 * Back from the ACS: only the browser that started the journey (federation
 * cookie) and posted the response (handoff cookie) finishes the sign-in.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const { tenant } = await params;
  const settings = journeySettings();
  const state = new URL(request.url).searchParams.get("state") ?? "";
  let uid: string | null = state.split(".")[0] || null;
  const jar = await cookies();
  const handoff = samlHandoffCookie(tenant, settings.hostedBaseUrl);
  const handed = jar.get(handoff.name)?.value ?? "";
  jar.delete({ name: handoff.name, path: handoff.options.path });
  if (sameBrowser(jar.get(federationCookie(tenant, settings.hostedBaseUrl).name)?.value, state)) {
    try {
      uid = await completeSamlFederation(database(), settings, {
        tenantSlug: tenant,
        state,
        handoff: handed,
      });
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
