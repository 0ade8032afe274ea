import { personMessage } from "../i18n/text";
import { connectorRequestBody } from "../connectors/connector-contract";
import { invokeApiConnector } from "../connectors/invoke-api-connector";
import type { PrismaClient } from "../database/prisma-client";
import { isAppError } from "../errors/app-error";
import type { IdentityProvider } from "../generated/prisma/client";
import { updateJourney, type ActionJourney } from "../journeys/journey-store";
import type { JourneyData } from "../journeys/journey-data";
import type { JourneySettings } from "../journeys/journey-settings";
import { standingStop } from "../journeys/account-standing";
import { transitionWithCode } from "../journeys/send-code";
import { completeGuestSignIn } from "../journeys/complete-guest-sign-in";
import { admitSignUp } from "../journeys/sign-up-admission";
import { upstreamVouchesForEmail } from "./upstream-email";
import { prefillFromClaims } from "./upstream-claims";
import { normalizeEmail } from "../validation/email-address";

/**
 * What follows a verified upstream sign-in, whatever the protocol (OpenID
 * Connect, OAuth, SAML): a known identity signs in; a new one goes on to
 * sign-up (the PostFederationSignup connector may pre-fill, block or fail it);
 * an email that already has an account is linked only once a code proves the
 * address. Returns the interaction uid, whose page shows what happens next.
 */
export async function continueWithUpstreamIdentity(
  prisma: PrismaClient,
  settings: JourneySettings,
  journey: ActionJourney,
  rest: JourneyData,
  provider: IdentityProvider,
  claims: Record<string, unknown> & { iss: string; sub: string },
): Promise<string> {
  const uid = journey.interactionId;
  // The upstream's own multi-factor sign-in, which a flow may accept instead of ours.
  rest = { ...rest, upstreamMfa: Array.isArray(claims.amr) && claims.amr.includes("mfa") };
  const back = async (message: string) => {
    await updateJourney(journey, {
      state: "STARTED",
      data: { ...rest, flash: { message } },
    });
    return uid;
  };
  const identity = await prisma.guestIdentity.findUnique({
    where: {
      tenantId_issuer_issuerAssignedId: {
        tenantId: journey.tenantId,
        issuer: claims.iss,
        issuerAssignedId: claims.sub,
      },
    },
    include: { guestUser: true },
  });
  if (identity) {
    const stop = standingStop(identity.guestUser.status, rest, identity.guestUser, journey.text);
    if (stop) {
      await updateJourney(journey, stop);
      return uid;
    }
    await completeGuestSignIn(journey, {
      guestUserId: identity.guestUserId,
      data: rest,
      method: "federated",
    });
    return uid;
  }

  const email = typeof claims.email === "string" ? normalizeEmail(claims.email) : "";
  const upstream: NonNullable<JourneyData["upstream"]> = {
    identityProviderId: provider.id,
    issuer: claims.iss,
    subject: claims.sub,
    emailVerified: upstreamVouchesForEmail(provider, claims),
    prefill: prefillFromClaims(claims, provider.claimMapping as Record<string, string>),
  };
  const stop = async (message: string) => {
    await updateJourney(journey, {
      state: "BLOCKED",
      data: { ...rest, stopMessage: message },
    });
    return uid;
  };
  if (!email)
    return stop(journey.text("messages.upstreamNoEmail", { provider: provider.displayName }));

  const existing = await prisma.guestUser.findUnique({
    where: { tenantId_email: { tenantId: journey.tenantId, email } },
  });
  if (existing) {
    // Never merged silently: the person proves the existing account's address first.
    return proveAddress(prisma, settings, journey, {
      data: { ...rest, upstream },
      kind: "SIGN_IN",
      email,
      purpose: "ACCOUNT_LINK",
      message: journey.text("messages.linkWithCode", { email, provider: provider.displayName }),
    });
  }

  const admission = await admitSignUp(journey, email);
  if (!admission.admitted)
    return stop(
      journey.text(
        admission.reason === "domain"
          ? "messages.federatedDomainRefused"
          : admission.reason === "invitation_only"
            ? "messages.federatedInvitationOnly"
            : "messages.federatedClosed",
        { provider: provider.displayName },
      ),
    );

  const assignment = journey.userFlowId
    ? await prisma.userFlowApiConnector.findFirst({
        where: {
          tenantId: journey.tenantId,
          userFlowId: journey.userFlowId,
          step: "POST_FEDERATION_SIGNUP",
        },
        include: { apiConnector: true },
      })
    : null;
  if (assignment) {
    const attributes = await prisma.userAttribute.findMany({
      where: { tenantId: journey.tenantId, name: { not: "email" } },
      select: { name: true, dataType: true },
    });
    const outcome = await invokeApiConnector(
      prisma,
      assignment.apiConnector,
      "POST_FEDERATION_SIGNUP",
      connectorRequestBody({
        step: "POST_FEDERATION_SIGNUP",
        clientId: rest.clientId,
        uiLocales: journey.locale,
        email,
        identities: [{ signInType: "federated", issuer: claims.iss, issuerAssignedId: claims.sub }],
        values: upstream.prefill,
        extensionAppId: journey.tenant.extensionAppId,
      }),
      {
        encryptionKey: settings.encryptionKey,
        allowPrivateNetworks: settings.connectors.allowPrivateNetworks,
        trustedCa: settings.connectors.trustedCa,
        extensionAppId: journey.tenant.extensionAppId,
        attributes,
        userFlowId: journey.userFlowId,
        journeyId: journey.id,
      },
    );
    if (outcome.action === "ShowBlockPage") return stop(outcome.userMessage);
    if (outcome.action !== "Continue") return back(journey.text("messages.signUpFailed"));
    Object.assign(upstream.prefill, outcome.claims);
  }
  if (!upstream.emailVerified) {
    // An address the upstream does not vouch for (or one the admin does not trust) could be
    // anyone's: its owner proves it with a code before it gets an account.
    return proveAddress(prisma, settings, journey, {
      data: { ...rest, upstream },
      kind: "SIGN_UP",
      email,
      purpose: "SIGN_UP",
      message: journey.text("messages.confirmWithCode", { email }),
    });
  }
  await updateJourney(journey, {
    state: "COLLECTING_ATTRIBUTES",
    kind: "SIGN_UP",
    email,
    data: {
      ...rest,
      upstream,
      provenEmail: email,
      ...(admission.invitation
        ? { signUpInvitationId: admission.invitation.id, presets: admission.invitation.attributes }
        : {}),
    },
  });
  return uid;
}

/** The upstream sign-in is kept on the journey while a code proves its address. */
async function proveAddress(
  prisma: PrismaClient,
  settings: JourneySettings,
  journey: ActionJourney,
  next: {
    data: JourneyData;
    kind: "SIGN_IN" | "SIGN_UP";
    email: string;
    purpose: "ACCOUNT_LINK" | "SIGN_UP";
    message: string;
  },
): Promise<string> {
  const data: JourneyData = { ...next.data, flash: { message: next.message } };
  try {
    await transitionWithCode(
      settings,
      journey,
      { state: "AWAITING_OTP", kind: next.kind, email: next.email, data },
      { email: next.email, requestIp: null, purpose: next.purpose },
    );
  } catch (error) {
    if (!isAppError(error) || error.code === "conflict") throw error;
    // No code could be sent (limits): back to the start, with why.
    const { upstream: _upstream, ...rest } = next.data;
    await updateJourney(journey, {
      state: "STARTED",
      data: { ...rest, flash: { message: personMessage(error, journey.text) } },
    });
  }
  return journey.interactionId;
}
