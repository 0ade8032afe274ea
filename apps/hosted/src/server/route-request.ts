import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseCookie } from "cookie";
import { createLogger } from "@guestlist/domain";
import { isAppError } from "@guestlist/domain/errors";
import { isDatabaseDown, type PrismaClient } from "@guestlist/domain/database";
import { beginJourney } from "@guestlist/domain/journeys";
import { finishInteraction } from "@guestlist/domain/oidc";
import type { TenantProviders } from "./tenant-providers";
import { CLIENT_IP_HEADER, VERIFIED_INTERACTION_HEADER } from "./client-ip";
import { sendDependencyDown } from "./dependency-down";
import {
  ACCOUNT_PAGE_HEADER,
  JOURNEY_PAGE_HEADER,
  LANGUAGE_COOKIE,
  PREVIEW_PAGE_HEADER,
} from "./page-language";
import { sendPage } from "./html";
import { isCrossSiteRequest } from "./same-origin";
import { INVITATION_PATH, invitationTokenOf, serveInvitationLink } from "./invitation-link";
import { TERMS_PATH, serveTermsPage } from "./terms-page";
import { isRateLimited } from "@guestlist/domain/rate-limits";
import { forwardedClientIp } from "@guestlist/domain/web-security";
import {
  limitFormBody,
  requestLimits,
  sendFormTooLarge,
  sendTooManyRequests,
  type RequestLimitOptions,
} from "./request-limits";
import {
  allowFramingByAdmin,
  applySecurityHeaders,
  applyUploadPolicy,
  nonceOf,
  UPLOADS_PATH,
  type HostedSecurityOptions,
} from "./security-headers";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** First path segments that belong to the Next.js app, never to a tenant. */
const APP_SEGMENTS = new Set(["", "_next", "api", "favicon.ico", "robots.txt"]);
const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]+)(\/complete)?\/?$/;
const ACCOUNT_PATH = /^\/account(\/|$)/;
const SAML_ACS_PATH = "/federation/saml/acs";
const SAML_METADATA_PATH = "/saml/metadata";
const PREVIEW_PATH = "/preview";
const SAML_POST_PAGE = /^\/federation\/saml\/post\/([A-Za-z0-9_-]+)\/?$/;

const log = createLogger("hosted");

function sendExpired(req: IncomingMessage, res: ServerResponse, tenantName: string): void {
  sendPage(res, 400, {
    title: "Page expired",
    tenantName,
    nonce: nonceOf(req),
    body: `<h1>This page has expired</h1>
<p>The sign-in you started is over, or was started in another browser. Nothing was lost: go back to the application and sign in again.</p>`,
  });
}

/**
 * The hosted server's routing. /<tenant>/interaction/<uid> pages go to Next.js
 * once oidc-provider confirms the interaction belongs to this browser;
 * /<tenant>/interaction/<uid>/complete hands the journey's outcome back to the
 * provider; /<tenant>/invitations/<token> is an invitation's link,
 * /<tenant>/terms/<versionId> a terms text, /<tenant>/account... the person's
 * account page (Next.js); every other /<tenant>/... path
 * is the tenant's OIDC provider.
 */
export function createRequestRouter(options: {
  prisma: PrismaClient;
  providers: TenantProviders;
  next: Handler;
  trustProxy: boolean;
  security: HostedSecurityOptions;
  limits: RequestLimitOptions;
}): Handler {
  const { prisma, providers, trustProxy, security } = options;
  const limits = requestLimits(options.limits);
  const publicOrigin = new URL(security.publicUrl).origin;
  // Our pages' forms are server actions; Next.js checks their origin too, but
  // refusing here gives one clear answer for every form and route. A SAML
  // identity provider's response is posted from its own site by design.
  const toNext = async (req: IncomingMessage, res: ServerResponse, crossSiteAllowed: boolean) => {
    if (crossSiteAllowed || !isCrossSiteRequest(req, publicOrigin)) {
      let forNext = req;
      if (req.method === "POST") {
        try {
          await limits.formPost(String(req.headers[CLIENT_IP_HEADER] ?? ""));
          forNext = await limitFormBody(req);
        } catch (error) {
          if (isRateLimited(error)) return sendTooManyRequests(res, error, "html", nonceOf(req));
          if (isAppError(error)) return sendFormTooLarge(res, nonceOf(req));
          throw error;
        }
      }
      return options.next(forNext, res);
    }
    log.warn("cross-site form submission refused", { url: req.url, origin: req.headers.origin });
    sendPage(res, 403, {
      title: "Request refused",
      tenantName: "Guestlist",
      nonce: nonceOf(req),
      body: "<h1>This request was refused</h1><p>The form was sent from another website. Go back to the application and start again.</p>",
    });
  };
  const next: Handler = (req, res) => toNext(req, res, false);

  return async (req, res) => {
    applySecurityHeaders(req, res, security);
    const forwarded = trustProxy ? forwardedClientIp(req.headers["x-forwarded-for"]) : null;
    req.headers[CLIENT_IP_HEADER] = forwarded || req.socket.remoteAddress || "";
    delete req.headers[VERIFIED_INTERACTION_HEADER];
    delete req.headers[JOURNEY_PAGE_HEADER];
    delete req.headers[ACCOUNT_PAGE_HEADER];
    delete req.headers[PREVIEW_PAGE_HEADER];

    const url = req.url ?? "/";
    const path = url.split("?")[0]!;
    if (path.startsWith(UPLOADS_PATH)) applyUploadPolicy(res);
    const slug = path.split("/")[1] ?? "";
    if (APP_SEGMENTS.has(slug)) return next(req, res);

    const entry = await providers.forSlug(slug);
    if (!entry) return next(req, res);
    const { tenant, provider } = entry;
    const rest = path.slice(slug.length + 1) || "/";
    if (rest === SAML_ACS_PATH && req.method === "POST") return toNext(req, res, true);
    const samlPostPage = SAML_POST_PAGE.exec(rest);
    if (samlPostPage) req.headers[JOURNEY_PAGE_HEADER] = `${slug}/${samlPostPage[1]}`;
    // The upstream providers' redirect URI, our SAML metadata and the account page: Next.js, not the tenant's own provider.
    if (rest === PREVIEW_PATH) {
      allowFramingByAdmin(req, res, security);
      req.headers[PREVIEW_PAGE_HEADER] = url;
      return next(req, res);
    }
    if (ACCOUNT_PATH.test(rest)) {
      req.headers[ACCOUNT_PAGE_HEADER] = slug;
      return next(req, res);
    }
    if (rest.startsWith("/federation/") || rest === SAML_METADATA_PATH) return next(req, res);
    const termsPage = TERMS_PATH.exec(rest);
    if (termsPage && (req.method === "GET" || req.method === "HEAD"))
      return serveTermsPage(req, res, tenant, termsPage[1]!);
    const invitationLink = INVITATION_PATH.exec(rest);
    if (invitationLink)
      return serveInvitationLink(req, res, tenant, invitationLink[1]!, security.publicUrl);
    const interaction = INTERACTION.exec(rest);

    if (!interaction) {
      // Mounted like Express does it: oidc-provider derives its mount path from originalUrl.
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = url;
      req.url = url.slice(slug.length + 1) || "/";
      let forProvider = req;
      if (rest === "/token" && req.method === "POST") {
        try {
          forProvider = await limits.tokenRequest(tenant.id, req);
        } catch (error) {
          if (isRateLimited(error)) return sendTooManyRequests(res, error, "json");
          if (!isAppError(error)) throw error;
          res.writeHead(413, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(JSON.stringify({ error: "invalid_request", error_description: error.message }));
          return;
        }
      }
      return provider.callback()(forProvider, res);
    }

    const [, uid, complete] = interaction;
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch (error) {
      // No interaction for this cookie is expiry; the database being down is not (see withErrorPage).
      if (isDatabaseDown(error)) throw error;
      return sendExpired(req, res, tenant.brandingDisplayName ?? tenant.name);
    }
    if (details.uid !== uid)
      return sendExpired(req, res, tenant.brandingDisplayName ?? tenant.name);

    if (complete) {
      if (req.headers.rsc) {
        // Next.js fetches a server action's redirect target itself (and its client
        // router fetches RSC). Finishing there would hand the provider's cookies to
        // that fetch instead of the browser; a non-RSC answer makes Next.js send
        // the browser here for real.
        res
          .writeHead(200, {
            "content-type": "text/plain; charset=utf-8",
            "cache-control": "no-store",
          })
          .end();
        return;
      }
      const finished = await finishInteraction(prisma, provider, tenant, req, res);
      if (!finished) {
        res.statusCode = 303;
        res.setHeader("location", `/${slug}/interaction/${uid}`);
        res.end();
      }
      return;
    }

    req.headers[VERIFIED_INTERACTION_HEADER] = `${slug}/${uid}`;
    req.headers[JOURNEY_PAGE_HEADER] = `${slug}/${uid}`;
    // The page opens the journey; a form posted to it acts on the journey that page opened.
    if (req.method !== "GET" && req.method !== "HEAD") return next(req, res);
    await beginJourney(prisma, tenant, {
      uid: details.uid,
      prompt: {
        name: details.prompt.name,
        details: details.prompt.details,
      },
      params: details.params,
      accountId: details.session?.accountId,
      expiresAt: details.exp,
      invitationToken: invitationTokenOf(req, slug, security.publicUrl),
      browserLanguages: {
        picked: parseCookie(req.headers.cookie ?? "")[LANGUAGE_COOKIE] ?? null,
        acceptLanguage: req.headers["accept-language"] ?? null,
      },
    });
    return next(req, res);
  };
}

export function withErrorPage(handler: Handler): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (isDatabaseDown(error)) {
        log.error("database unavailable", { url: req.url, error });
        if (!res.headersSent) return sendDependencyDown(req, res);
        res.end();
        return;
      }
      log.error("request failed", { url: req.url, error });
      if (!res.headersSent) {
        sendPage(res, 500, {
          title: "Error",
          tenantName: "Guestlist",
          nonce: nonceOf(req),
          body: "<h1>Something went wrong</h1><p>Please try again in a moment.</p>",
        });
      } else {
        res.end();
      }
    }
  };
}
