import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { sqlPool } from "../database/sql-pool";
import { AppError } from "../errors/app-error";
import type { GuestUserState } from "../generated/prisma/enums";
import {
  passkeyCounterAdvance,
  storedPasskey,
  type AuthenticatorRow,
} from "../second-factors/guest-authenticators";
import {
  passkeyAmr,
  passkeyAnswer,
  passkeyAuthenticationOptions,
  verifyPasskeyAuthentication,
} from "../second-factors/passkey-ceremonies";
import { standingStop } from "./account-standing";
import { completeGuestSignIn } from "./complete-guest-sign-in";
import type { JourneySettings } from "./journey-settings";
import { journeyForAction, updateJourney, withoutFlash, type ActionJourney } from "./journey-store";

type Settings = JourneySettings & { hostedBaseUrl: string };

function assertPasskeySignIn(journey: ActionJourney) {
  if (!journey.userFlow?.passkeySignIn || journey.kind === "SIGN_UP")
    throw new AppError("forbidden", "This sign-in option is not available here.");
}

/** Options for "Sign in with a passkey": any passkey of this site the browser holds (discoverable). */
export async function passkeySignInOptions(
  settings: Settings,
  input: { tenantSlug: string; uid: string },
) {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "passkeyChallengeIssued");
  assertPasskeySignIn(journey);
  const options = await passkeyAuthenticationOptions(settings.hostedBaseUrl, "any");
  await updateJourney(journey, {
    data: { ...withoutFlash(journey.data), passkeyChallenge: options.challenge },
  });
  return options;
}

/**
 * A passkey alone signs in: the credential names the account, its signature
 * answers this journey's challenge, and user verification makes it
 * multi-factor (amr hwk or swk, user, mfa).
 */
export async function signInWithPasskey(
  settings: Settings,
  input: { tenantSlug: string; uid: string; response: unknown },
): Promise<void> {
  const answer = passkeyAnswer<AuthenticationResponseJSON>(input.response);
  const journey = await journeyForAction(input.tenantSlug, input.uid, "passkeySignIn");
  assertPasskeySignIn(journey);
  const { passkeyChallenge: challenge, ...data } = withoutFlash(journey.data);
  const { rows } = await sqlPool().query<
    AuthenticatorRow & { guestUserId: string; email: string; status: GuestUserState }
  >(
    `SELECT a.id, a.type, a.name, a."credentialId", a."publicKey", a.counter::text AS counter,
            a.transports, a."backedUp", a."secretEncrypted", a."lastUsedStep"::text AS "lastUsedStep",
            g.id AS "guestUserId", g.email, g.status
       FROM "GuestAuthenticator" a JOIN "GuestUser" g ON g.id = a."guestUserId" AND g."tenantId" = a."tenantId"
      WHERE a."tenantId" = $1 AND a.type = 'PASSKEY' AND a."credentialId" = $2`,
    [journey.tenantId, answer.id],
  );
  const found = rows[0];
  const refuse = (message: string) =>
    updateJourney(journey, { data: { ...data, flash: { message } } });
  if (!challenge || !found) return refuse(journey.text("messages.passkeyUnknown"));
  const passkey = storedPasskey(found);
  const checked = await verifyPasskeyAuthentication(
    settings.hostedBaseUrl,
    challenge,
    answer,
    passkey,
  );
  if (!checked) return refuse(journey.text("messages.passkeyUnknown"));
  const stop = standingStop(
    found.status,
    data,
    { id: found.guestUserId, email: found.email },
    journey.text,
  );
  if (stop) return updateJourney(journey, stop);
  await completeGuestSignIn(journey, {
    guestUserId: found.guestUserId,
    method: "passkey",
    data: { ...data, secondFactorAmr: passkeyAmr(checked.backedUp) },
    before: passkeyCounterAdvance(journey.tenantId, passkey, checked.newCounter),
  });
}
