import { cookies } from "next/headers";
import { receiveSamlResponse } from "@guestlist/domain/saml";
import { journeySettings } from "@/config";
import { database } from "@/lib/database";
import { samlHandoffCookie } from "@/server/federation-binding";

export const dynamic = "force-dynamic";

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

/**
 * The assertion consumer service: the identity provider's browser-posted
 * response (HTTP-POST binding). It is verified here; the browser then goes to
 * /continue, where the journey's own cookie proves it is the one that started.
 */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ tenant: string }> },
): Promise<Response> {
  const { tenant } = await params;
  const form = await request.formData().catch(() => null);
  const samlResponse = form?.get("SAMLResponse");
  const relayState = form?.get("RelayState");
  if (typeof samlResponse !== "string" || typeof relayState !== "string")
    return seeOther(`/${tenant}/interaction/expired`);
  const settings = journeySettings();
  const received = await receiveSamlResponse(database(), settings, {
    tenantSlug: tenant,
    samlResponse,
    relayState,
  });
  if (!received) return seeOther(`/${tenant}/interaction/expired`);
  const next = `/${tenant}/federation/saml/continue?state=${encodeURIComponent(relayState)}`;
  // A double post: the browser holds the handoff the first one gave it.
  if (received.alreadyReceived) return seeOther(next);
  if (!received.handoff) return seeOther(`/${tenant}/interaction/${received.uid}`);
  const handoff = samlHandoffCookie(tenant, settings.hostedBaseUrl);
  (await cookies()).set(handoff.name, received.handoff, handoff.options);
  return seeOther(next);
}
