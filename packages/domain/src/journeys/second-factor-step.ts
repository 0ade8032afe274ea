import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { AppError } from "../errors/app-error";
import { sqlPool } from "../database/sql-pool";
import { ABUSE_LIMITS, rateLimitMessageOrThrow } from "../rate-limits/abuse-limits";
import {
  passkeyCounterAdvance,
  authenticatorsOf,
  matchTotp,
  passkeysOf,
  spendTotpStep,
} from "../second-factors/guest-authenticators";
import {
  passkeyAmr,
  passkeyAnswer,
  passkeyAuthenticationOptions,
  verifyPasskeyAuthentication,
} from "../second-factors/passkey-ceremonies";
import { looksLikeRecoveryCode, spendRecoveryCode } from "../second-factors/recovery-codes";
import { completeGuestSignIn } from "./complete-guest-sign-in";
import type { JourneySettings } from "./journey-settings";
import { journeyForAction, updateJourney, withoutFlash, type ActionJourney } from "./journey-store";

type Settings = JourneySettings & { hostedBaseUrl: string };

/** The person waiting at the second-factor page: who, and how they proved themselves first. */
function waitingSignIn(journey: ActionJourney) {
  const data = withoutFlash(journey.data);
  if (!journey.guestUserId || !data.pendingSignIn)
    throw new AppError("forbidden", "There is no sign-in waiting for a second factor here.");
  return { guestUserId: journey.guestUserId, data, method: data.pendingSignIn.method };
}

/**
 * A code on the second-factor page: an authenticator app's (each time step
 * accepted once) or a recovery code (each used once). Wrong codes count
 * against the account, so the six digits cannot be guessed.
 */
export async function verifySecondFactorCode(
  settings: JourneySettings,
  input: { tenantSlug: string; uid: string; code: string },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "secondFactorVerified");
  const { guestUserId, data, method } = waitingSignIn(journey);
  const codeError = (message: string) =>
    updateJourney(journey, { data: { ...data, flash: { fieldErrors: { code: message } } } });
  const accountKey = `${journey.tenantId}:${guestUserId}`;
  const refused = await ABUSE_LIMITS.wrongSecondFactorsPerAccount.check(accountKey).then(
    () => undefined,
    (error: unknown) => rateLimitMessageOrThrow(error, journey.text),
  );
  const SECOND_FACTOR_WRONG = journey.text("messages.secondFactorWrong");
  const CODE_USED = journey.text("messages.secondFactorCodeUsed");
  if (refused) return codeError(refused);
  const wrong = async (message: string) => {
    await ABUSE_LIMITS.wrongSecondFactorsPerAccount.consume(accountKey).catch(() => undefined);
    return codeError(message);
  };

  if (looksLikeRecoveryCode(input.code)) {
    try {
      await completeGuestSignIn(journey, {
        guestUserId,
        method,
        data: { ...data, secondFactorAmr: ["otp"] },
        before: async (sql) => {
          if (!(await spendRecoveryCode(sql, journey.tenantId, guestUserId, input.code)))
            throw new AppError("invalid_input", SECOND_FACTOR_WRONG);
        },
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "invalid_input")
        return wrong(SECOND_FACTOR_WRONG);
      throw error;
    }
    return;
  }

  const match = matchTotp(
    await authenticatorsOf(sqlPool(), journey.tenantId, guestUserId),
    journey.tenantId,
    settings.encryptionKey,
    input.code,
  );
  if (match === "used") return codeError(CODE_USED);
  if (!match) return wrong(SECOND_FACTOR_WRONG);
  try {
    await completeGuestSignIn(journey, {
      guestUserId,
      method,
      data: { ...data, secondFactorAmr: ["otp"] },
      before: async (sql) => {
        if (!(await spendTotpStep(sql, journey.tenantId, match.authenticatorId, match.step)))
          throw new AppError("invalid_input", CODE_USED);
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_input") return codeError(CODE_USED);
    throw error;
  }
}

/** The WebAuthn options for the person's own passkeys; the challenge is kept on the journey. */
export async function passkeyCheckOptions(
  settings: Settings,
  input: { tenantSlug: string; uid: string },
) {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "passkeyChallengeIssued");
  if (journey.state !== "VERIFYING_SECOND_FACTOR")
    throw new AppError("forbidden", "There is no sign-in waiting for a passkey here.");
  const { guestUserId, data } = waitingSignIn(journey);
  const passkeys = passkeysOf(await authenticatorsOf(sqlPool(), journey.tenantId, guestUserId));
  if (!passkeys.length) throw new AppError("not_found", "This account has no passkey.");
  const options = await passkeyAuthenticationOptions(settings.hostedBaseUrl, passkeys);
  await updateJourney(journey, { data: { ...data, passkeyChallenge: options.challenge } });
  return options;
}

/** The browser's answer to that challenge, from one of the person's passkeys. */
export async function verifyPasskeyCheck(
  settings: Settings,
  input: { tenantSlug: string; uid: string; response: unknown },
): Promise<void> {
  const answer = passkeyAnswer<AuthenticationResponseJSON>(input.response);
  const journey = await journeyForAction(input.tenantSlug, input.uid, "secondFactorVerified");
  const { guestUserId, data, method } = waitingSignIn(journey);
  const { passkeyChallenge: challenge, ...rest } = data;
  const failed = () =>
    updateJourney(journey, {
      data: { ...rest, flash: { message: journey.text("messages.passkeyCheckFailed") } },
    });
  const passkey = passkeysOf(await authenticatorsOf(sqlPool(), journey.tenantId, guestUserId)).find(
    (candidate) => candidate.credentialId === answer.id,
  );
  if (!challenge || !passkey) return failed();
  const checked = await verifyPasskeyAuthentication(
    settings.hostedBaseUrl,
    challenge,
    answer,
    passkey,
  );
  if (!checked) return failed();
  await completeGuestSignIn(journey, {
    guestUserId,
    method,
    data: { ...rest, secondFactorAmr: passkeyAmr(checked.backedUp) },
    before: passkeyCounterAdvance(journey.tenantId, passkey, checked.newCounter),
  });
}
