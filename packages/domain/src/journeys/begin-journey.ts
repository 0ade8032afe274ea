import { z } from "zod";
import type pg from "pg";
import type { PrismaClient } from "../database/prisma-client";
import { sqlPool } from "../database/sql-pool";
import type { Prisma, Tenant } from "../generated/prisma/client";
import { requestedMfaAcr } from "../second-factors/authentication-context";
import type { JourneyData } from "./journey-data";
import { guestlistMetrics } from "../metrics/guestlist-metrics";
import { normalizeEmail } from "../validation/email-address";
import { openInvitationOfLink } from "../invitations/open-invitation-of-link";
import { ACCOUNT_CLIENT_ID } from "../my-account/account-client";
import { accountUserFlowId } from "../my-account/account-user-flow";
import { negotiateLocale } from "../i18n/negotiate-locale";
import { DEFAULT_LOCALE } from "../i18n/locales";

/** An authorization request parameter as text (oidc-provider has checked the ones it knows). */
const textParam = (value: unknown) => (typeof value === "string" ? value : "");

export interface InteractionStart {
  uid: string;
  prompt: { name: string; details: Record<string, unknown> };
  params: Record<string, unknown>;
  accountId?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** From the tenant's invitation cookie: the link this browser opened last. */
  invitationToken?: string;
  /** The language this browser picked on a hosted page (`lang` cookie), and its Accept-Language. */
  browserLanguages?: { picked?: string | null; acceptLanguage?: string | null };
}

const ZEmail = z.email();

/**
 * The journey for an oidc-provider interaction, created the first time its
 * page is opened. Its state lives here, so a reload, the back button, a second
 * tab or a server restart all find it where the user left it.
 */
export async function beginJourney(
  prisma: PrismaClient,
  tenant: Tenant,
  start: InteractionStart,
  pool: pg.Pool = sqlPool(),
): Promise<void> {
  // Every page view asks; only the first creates (see database/sql-pool.ts for why SQL).
  const { rowCount } = await pool.query(`SELECT 1 FROM "Journey" WHERE "interactionId" = $1`, [
    start.uid,
  ]);
  if (rowCount) return;

  const clientId = textParam(start.params.client_id);
  const accountPage = clientId === ACCOUNT_CLIENT_ID;
  const application = accountPage
    ? null
    : await prisma.application.findFirst({ where: { tenantId: tenant.id, clientId } });
  const requestedScopes = textParam(start.params.scope).split(" ").filter(Boolean);
  const loginHint =
    typeof start.params.login_hint === "string" ? normalizeEmail(start.params.login_hint) : "";
  const prompts = textParam(start.params.prompt).split(" ");
  const isConsent = start.prompt.name === "consent";
  const data: JourneyData = {
    prompt: start.prompt.name,
    clientId,
    requestedScopes,
    missingScopes: (start.prompt.details.missingOIDCScope as string[] | undefined) ?? [],
    createRequested: !accountPage && prompts.includes("create"),
    ...(accountPage ? { accountPage } : {}),
  };
  const mfaAcr = requestedMfaAcr(start.params.acr_values);
  if (mfaAcr) data.requestedMfaAcr = mfaAcr;
  const invitation =
    !isConsent && application && start.invitationToken
      ? await openInvitationOfLink(pool, tenant.id, application.id, start.invitationToken)
      : null;
  if (invitation) data.invitation = invitation;
  // An invitation's link opens sign-up for its address (which signs in an existing account).
  const kind =
    !accountPage && (start.prompt.name === "create" || invitation) ? "SIGN_UP" : "SIGN_IN";
  const userFlowId = accountPage
    ? await accountUserFlowId(tenant.id, pool)
    : (application?.userFlowId ?? null);
  const uiLocales = typeof start.params.ui_locales === "string" ? start.params.ui_locales : null;
  const flow = userFlowId
    ? await prisma.userFlow.findFirst({
        where: { id: userFlowId, tenantId: tenant.id },
        select: { languages: true, defaultLocale: true },
      })
    : null;
  const locale = negotiateLocale(
    { uiLocales, ...start.browserLanguages },
    flow ?? { languages: [DEFAULT_LOCALE], defaultLocale: DEFAULT_LOCALE },
  );
  await prisma.journey.create({
    data: {
      tenantId: tenant.id,
      interactionId: start.uid,
      applicationId: application?.id ?? null,
      userFlowId,
      guestUserId: isConsent ? (start.accountId ?? null) : null,
      kind,
      state: isConsent ? "AWAITING_CONSENT" : "STARTED",
      email: invitation?.email ?? (ZEmail.safeParse(loginHint).success ? loginHint : null),
      uiLocales,
      locale,
      data: data as unknown as Prisma.InputJsonValue,
      expiresAt: new Date(start.expiresAt * 1000),
    },
  });
  guestlistMetrics().journeysStarted.inc({ kind: isConsent ? "CONSENT" : kind });
}
