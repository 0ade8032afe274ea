import { ABUSE_LIMITS, rateLimitMessageOrThrow } from "../rate-limits/abuse-limits";
import type { PrismaClient } from "../database/prisma-client";
import { isAppError } from "../errors/app-error";
import type { OtpPurpose } from "../generated/prisma/enums";
import type pg from "pg";
import { sqlPool } from "../database/sql-pool";
import { consumeOtp, verifyOtp } from "./one-time-passcode";
import { transitionWithCode } from "./send-code";
import type { JourneyData } from "./journey-data";
import { emailEntryOffered } from "./journey-methods";
import { journeyForAction, transitionJourney, updateJourney, withoutFlash } from "./journey-store";
import type { JourneySettings } from "./journey-settings";
import { emailDomainAllowed } from "./sign-up-policy";
import { admitSignUp, refusalMessage } from "./sign-up-admission";
import { completeGuestSignIn } from "./complete-guest-sign-in";
import { standingStop } from "./account-standing";
import type { GuestUserState } from "../generated/prisma/enums";
import { emailAddressSchema } from "../validation/email-address";
import { personMessage } from "../i18n/text";
import { startFederation, type FederationStart } from "../federation/start-federation";
import { homeRealmMessage, homeRealmOf } from "./home-realm";
import { passBotGate } from "../bot-protection/pass-bot-gate";

/** An address typed on a page that sends it a code. */
export interface EmailSendInput {
  tenantSlug: string;
  uid: string;
  email: string;
  requestIp: string | null;
  /** The bot check's solution, when the flow asks for one and the browser solved it. */
  botProof?: string | null;
}

/** The address belongs to a provider's home realm, which this journey offers: sign in there. */
interface HomeRealmRedirect {
  identityProviderId: string;
  email: string;
}

/**
 * Sends a code to the address typed on the page, and moves the journey to the
 * code step. Problems (a malformed address, a refused domain, too many codes)
 * come back as the page's message and nothing else changes. An address in a
 * provider's home realm gets no code: plain entry (`submitEmail`) goes to that
 * provider, every other way is refused.
 */
export async function requestEmailCode(
  prisma: PrismaClient,
  settings: JourneySettings,
  input: EmailSendInput,
  options: { purpose?: OtpPurpose; kind?: "SIGN_IN" | "SIGN_UP"; data?: Partial<JourneyData> } = {},
): Promise<HomeRealmRedirect | void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "emailSubmitted");
  const { text } = journey;
  const data = withoutFlash(journey.data);
  const flash = (flashed: NonNullable<JourneyData["flash"]>) =>
    updateJourney(journey, { data: { ...data, flash: flashed } });
  const kind = options.kind ?? (journey.kind === "SIGN_UP" ? "SIGN_UP" : "SIGN_IN");
  const codeOffered =
    options.purpose === "PASSWORD_RESET"
      ? journey.methods.password
      : emailEntryOffered(journey.methods, kind);
  const offered = codeOffered || (!options.purpose && journey.methods.homeRealm);
  if (!offered) return flash({ message: text("messages.optionUnavailable") });
  const parsed = emailAddressSchema(text).safeParse(input.email);
  if (!parsed.success)
    return flash({
      fieldErrors: { email: parsed.error.issues[0]!.message },
      values: { email: input.email },
    });
  const email = parsed.data;
  const invitedAddress = data.invitation?.email;
  if (kind === "SIGN_UP" && invitedAddress && email !== invitedAddress)
    return flash({
      fieldErrors: {
        email: text("messages.invitationFor", { email: invitedAddress }),
      },
      values: { email: invitedAddress },
    });
  const realm = await homeRealmOf(journey, email);
  if (realm?.offered && !options.purpose)
    return { identityProviderId: realm.identityProviderId, email };
  if (realm)
    return flash({ fieldErrors: { email: homeRealmMessage(realm, text) }, values: { email } });
  if (!codeOffered)
    return flash({
      fieldErrors: {
        email: text("messages.noEmailSignIn"),
      },
      values: { email },
    });
  if (kind === "SIGN_UP" && !invitedAddress && !emailDomainAllowed(journey.tenant, email)) {
    return flash({
      fieldErrors: {
        email: text("messages.domainNotAllowed"),
      },
      values: { email },
    });
  }
  const gate = await passBotGate(settings.encryptionKey, journey, {
    proof: input.botProof,
    requestIp: input.requestIp,
    email,
  });
  if (!gate.passed)
    return updateJourney(journey, {
      data: {
        ...data,
        botCheckSince: gate.botCheckSince,
        flash: { message: gate.message, values: { email } },
      },
    });
  const next = { ...data, ...options.data };
  try {
    await transitionWithCode(
      settings,
      journey,
      { state: "AWAITING_OTP", kind, email, data: next },
      {
        email,
        requestIp: input.requestIp,
        purpose: options.purpose ?? (kind === "SIGN_UP" ? "SIGN_UP" : "SIGN_IN"),
      },
    );
  } catch (error) {
    if (!isAppError(error) || error.code === "conflict") throw error;
    return flash({ message: personMessage(error, text), values: { email } });
  }
}

/**
 * The user typed their email on the sign-in or sign-up page: send a code. On
 * sign-in the same happens whether or not an account exists, so the page
 * reveals nothing; what the code unlocks is decided once the address is proven.
 * An address in an offered provider's home realm goes to that provider
 * instead: the answer is where to send the browser, as `startFederation`'s.
 */
export async function submitEmail(
  prisma: PrismaClient,
  settings: JourneySettings & { hostedBaseUrl: string },
  input: EmailSendInput,
): Promise<FederationStart | null> {
  const homeRealm = await requestEmailCode(prisma, settings, input);
  if (!homeRealm) return null;
  return startFederation(prisma, settings, {
    tenantSlug: input.tenantSlug,
    uid: input.uid,
    identityProviderId: homeRealm.identityProviderId,
    loginHint: homeRealm.email,
  });
}

/** "Send a new code": respects the cool-down and the per-address limits. */
export async function resendCode(
  prisma: PrismaClient,
  settings: JourneySettings,
  input: { tenantSlug: string; uid: string; requestIp: string | null; botProof?: string | null },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "codeResent");
  const data = withoutFlash(journey.data);
  const gate = await passBotGate(settings.encryptionKey, journey, {
    proof: input.botProof,
    requestIp: input.requestIp,
    email: journey.email!,
  });
  if (!gate.passed) {
    await updateJourney(journey, {
      data: { ...data, botCheckSince: gate.botCheckSince, flash: { message: gate.message } },
    });
    return;
  }
  try {
    await transitionWithCode(
      settings,
      journey,
      { data: { ...data, flash: { message: journey.text("messages.newCodeSent") } } },
      {
        email: journey.email!,
        requestIp: input.requestIp,
        purpose: journey.kind === "SIGN_UP" ? "SIGN_UP" : "SIGN_IN",
      },
    );
  } catch (error) {
    if (!isAppError(error) || error.code === "conflict") throw error;
    await updateJourney(journey, {
      data: { ...data, flash: { message: personMessage(error, journey.text) } },
    });
  }
}

/**
 * Checks the code. Once the address is proven: an existing account signs in
 * (even from the sign-up page: no duplicate accounts), a new address goes on
 * to the attribute page when sign-up is allowed. The code is consumed in the
 * same transaction as what it leads to.
 */
export async function verifyCode(
  prisma: PrismaClient,
  settings: JourneySettings,
  input: { tenantSlug: string; uid: string; code: string },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "codeVerified");
  const { text } = journey;
  const data = withoutFlash(journey.data);
  const codeError = (message: string) =>
    updateJourney(journey, { data: { ...data, flash: { fieldErrors: { code: message } } } });
  if (!/^\s*\d{6}\s*$/.test(input.code)) return codeError(text("messages.enterEmailCode"));
  const addressKey = `${journey.tenantId}:${journey.email}`;
  const refused = await ABUSE_LIMITS.wrongCodesPerAddress.check(addressKey).then(
    () => undefined,
    (error: unknown) => rateLimitMessageOrThrow(error, text),
  );
  if (refused) return codeError(refused);
  const check = await verifyOtp(settings.encryptionKey, {
    tenantId: journey.tenantId,
    scope: { journeyId: journey.id },
    code: input.code.trim(),
  });
  if (check.status === "wrong" || check.status === "too_many_attempts")
    await ABUSE_LIMITS.wrongCodesPerAddress
      .consume(addressKey)
      .catch((error: unknown) => rateLimitMessageOrThrow(error, text));
  if (check.status !== "verified") {
    return codeError(
      {
        wrong: text("messages.codeWrong", {
          attemptsLeft: check.status === "wrong" ? check.attemptsLeft : 0,
        }),
        expired: text("messages.codeExpired"),
        too_many_attempts: text("messages.tooManyWrongCodes"),
      }[check.status],
    );
  }

  // From here the address is proven: this journey may create or enter its account.
  const proven: JourneyData = { ...data, provenEmail: check.email };
  const consume = (sql: pg.PoolClient) =>
    consumeOtp(sql, { tenantId: journey.tenantId, challengeId: check.challengeId });
  const { rows } = await sqlPool().query<{ id: string; status: GuestUserState }>(
    `SELECT id, status FROM "GuestUser" WHERE "tenantId" = $1 AND email = $2`,
    [journey.tenantId, check.email],
  );
  const guest = rows[0];
  if (guest) {
    const stop = standingStop(guest.status, proven, { id: guest.id, email: check.email }, text);
    if (stop) {
      await transitionJourney(journey, stop, consume);
      return;
    }
    if (data.passwordPurpose === "RESET") {
      await transitionJourney(journey, { state: "CHOOSING_PASSWORD", data: proven }, consume);
      return;
    }
    await completeGuestSignIn(journey, {
      guestUserId: guest.id,
      data: proven,
      method: data.upstream ? "account_link" : "email_code",
      before: consume,
    });
    return;
  }

  const admission = await admitSignUp(journey, check.email);
  if (!admission.admitted) {
    await transitionJourney(
      journey,
      {
        state: "BLOCKED",
        data: { ...proven, stopMessage: refusalMessage(admission.reason, check.email, text) },
      },
      consume,
    );
    return;
  }
  const signUpData: JourneyData = {
    ...proven,
    ...(journey.kind === "SIGN_IN"
      ? {
          flash: { message: text("messages.noAccountYet", { email: check.email }) },
        }
      : {}),
    ...(data.upstream ? { upstream: { ...data.upstream, emailVerified: true } } : {}),
    ...(admission.invitation
      ? { signUpInvitationId: admission.invitation.id, presets: admission.invitation.attributes }
      : {}),
  };
  // A flow with email + password accounts asks for the password before the attribute page;
  // a federated sign-up has its way in already.
  const withPassword = journey.methods.password && !data.upstream;
  await transitionJourney(
    journey,
    {
      state: withPassword ? "CHOOSING_PASSWORD" : "COLLECTING_ATTRIBUTES",
      kind: "SIGN_UP",
      data: withPassword ? { ...signUpData, passwordPurpose: "SIGN_UP" } : signUpData,
    },
    consume,
  );
}
