import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookies, serialize as serializeCookie } from "cookie";
import type { Tenant } from "@guestlist/domain";
import { describeInvitationLink, INVITATION_TOKEN_PATTERN } from "@guestlist/domain/invitations";
import { issuerFor } from "@guestlist/domain/oidc";
import { escapeHtml } from "@guestlist/domain/web-security";
import { sendPage } from "./html";
import { nonceOf } from "./security-headers";

export const INVITATION_PATH = /^\/invitations\/([^/]+)\/?$/;

/**
 * The browser that opened an invitation's link carries its token to the
 * sign-in the application then starts: that journey is the invitation's
 * (address filled in, sign-up open). Scoped to the tenant's paths; Lax,
 * since the journey's page is reached by a redirect from the application.
 */
function invitationCookie(tenantSlug: string, hostedBaseUrl: string) {
  const secure = hostedBaseUrl.startsWith("https:");
  return {
    name: `${secure ? "__Secure-" : ""}${tenantSlug}.invitation`,
    options: { path: `/${tenantSlug}`, httpOnly: true, sameSite: "lax" as const, secure },
  };
}

export function invitationTokenOf(
  req: IncomingMessage,
  tenantSlug: string,
  hostedBaseUrl: string,
): string | undefined {
  const { name } = invitationCookie(tenantSlug, hostedBaseUrl);
  return parseCookies(req.headers.cookie ?? "")[name];
}

/**
 * GET /<tenant>/invitations/<token>: an open invitation is remembered in this
 * browser and the person is sent to the application's sign-in (OIDC
 * third-party initiated login, with the tenant's issuer and the address as
 * login_hint); an application that registered no such address gets a page
 * saying what to do. A used, revoked or expired link gets a page saying so.
 */
export async function serveInvitationLink(
  req: IncomingMessage,
  res: ServerResponse,
  tenant: Tenant,
  token: string,
  hostedBaseUrl: string,
): Promise<void> {
  const tenantName = tenant.brandingDisplayName ?? tenant.name;
  const show = (status: number, title: string, body: string) =>
    sendPage(res, status, {
      title,
      tenantName,
      primaryColor: tenant.brandingPrimaryColor,
      nonce: nonceOf(req),
      body: `<h1>${escapeHtml(title)}</h1>${body}`,
    });
  if (req.method !== "GET" && req.method !== "HEAD")
    return show(
      405,
      "Open the link from your email",
      "<p>Invitation links are opened, not posted to.</p>",
    );
  const invitation = INVITATION_TOKEN_PATTERN.test(token)
    ? await describeInvitationLink(tenant.id, token)
    : null;
  if (!invitation)
    return show(
      404,
      "This invitation link does not work",
      "<p>It may have been replaced by a newer email: use the link in the most recent invitation, or ask the person who invited you to send it again.</p>",
    );
  const app = escapeHtml(invitation.applicationName);
  const signInLink = invitation.initiateLoginUri
    ? `<p><a href="${escapeHtml(invitation.initiateLoginUri)}">Go to ${app}</a></p>`
    : "";
  if (invitation.status === "ACCEPTED")
    return show(
      410,
      "This invitation was already accepted",
      `<p>The account for ${escapeHtml(invitation.email)} exists: sign in to ${app} with it.</p>${signInLink}`,
    );
  if (invitation.status !== "PENDING")
    return show(
      410,
      invitation.status === "EXPIRED"
        ? "This invitation has expired"
        : "This invitation was withdrawn",
      `<p>Ask the person who invited you to ${app} for a new invitation.</p>`,
    );

  const cookie = invitationCookie(tenant.slug, hostedBaseUrl);
  res.setHeader(
    "set-cookie",
    serializeCookie(cookie.name, token, {
      ...cookie.options,
      maxAge: 30 * 24 * 60 * 60,
    }),
  );
  if (invitation.initiateLoginUri) {
    const target = new URL(invitation.initiateLoginUri);
    target.searchParams.set("iss", issuerFor(hostedBaseUrl, tenant.slug));
    target.searchParams.set("login_hint", invitation.email);
    res.statusCode = 303;
    res.setHeader("location", target.toString());
    res.setHeader("cache-control", "no-store");
    res.end();
    return;
  }
  show(
    200,
    `You are invited to ${invitation.applicationName}`,
    `<p>Your invitation is ready in this browser. Open ${app} and choose to sign up or sign in with <strong>${escapeHtml(invitation.email)}</strong>.</p>`,
  );
}
