import { timingSafeEqual } from "node:crypto";

/**
 * Binds an upstream sign-in to the browser that started it. The journey keeps
 * the `state` sent upstream; this cookie keeps it too, so the callback acts
 * only for the browser holding both. Without it, someone could start a
 * sign-in, have another person finish it at the upstream (where they are
 * already signed in), and receive that person's identity in their own journey.
 * Scoped to the tenant's callback path; Lax, since the callback is a top-level
 * navigation back from the upstream.
 */
export function federationCookie(tenantSlug: string, hostedBaseUrl: string) {
  const secure = hostedBaseUrl.startsWith("https:");
  return {
    name: `${secure ? "__Secure-" : ""}${tenantSlug}.federation`,
    options: {
      path: `/${tenantSlug}/federation`,
      httpOnly: true,
      sameSite: "lax" as const,
      secure,
      maxAge: 60 * 60,
    },
  };
}

/** Whether the callback's state is the one this browser was sent upstream with. */
export function sameBrowser(cookieValue: string | undefined, state: string): boolean {
  if (!cookieValue || !state) return false;
  const a = Buffer.from(cookieValue);
  const b = Buffer.from(state);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The SAML handoff: set on the ACS's answer to the browser that posted the
 * identity provider's response, read when that browser comes back to finish.
 * Scoped like the federation cookie; a few minutes are enough.
 */
export function samlHandoffCookie(tenantSlug: string, hostedBaseUrl: string) {
  const binding = federationCookie(tenantSlug, hostedBaseUrl);
  return {
    name: binding.name.replace(/\.federation$/, ".saml-handoff"),
    options: { ...binding.options, maxAge: 5 * 60 },
  };
}
