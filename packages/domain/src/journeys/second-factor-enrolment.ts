import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { decryptSecret, encryptSecret } from "../crypto/secret-box";
import { sqlPool } from "../database/sql-pool";
import { AppError } from "../errors/app-error";
import {
  authenticatorsOf,
  insertPasskeyAuthenticator,
  insertTotpAuthenticator,
  passkeysOf,
} from "../second-factors/guest-authenticators";
import {
  passkeyAmr,
  passkeyAnswer,
  passkeyRegistrationOptions,
  verifyPasskeyRegistration,
} from "../second-factors/passkey-ceremonies";
import { issueRecoveryCodes } from "../second-factors/recovery-codes";
import { newTotpSecret, totpQrSvg, totpStepOf, totpUri } from "../second-factors/totp";
import { completeGuestSignIn } from "./complete-guest-sign-in";
import type { JourneyData } from "./journey-data";
import type { JourneySettings } from "./journey-settings";
import {
  journeyForAction,
  transitionJourney,
  updateJourney,
  withoutFlash,
  type ActionJourney,
} from "./journey-store";

type Settings = JourneySettings & { hostedBaseUrl: string };

const sealContext = (journeyId: string, what: string) => `journey-${what}:${journeyId}`;

function enrollingSignIn(journey: ActionJourney) {
  const data = withoutFlash(journey.data);
  if (!journey.guestUserId || !data.pendingSignIn)
    throw new AppError("forbidden", "There is no sign-in setting up a second factor here.");
  return { guestUserId: journey.guestUserId, data, method: data.pendingSignIn.method };
}

/**
 * The first second factor is in: its recovery codes are made in the same
 * transaction as the authenticator, and kept sealed on the journey only until
 * the next page has shown them.
 */
async function enrolled(
  journey: ActionJourney,
  settings: JourneySettings,
  data: JourneyData,
  amr: string[],
  insert: Parameters<typeof transitionJourney>[2],
): Promise<void> {
  const guestUserId = journey.guestUserId!;
  await transitionJourney(
    journey,
    { state: "SAVING_RECOVERY_CODES", data: { ...data, secondFactorAmr: amr } },
    async (sql) => {
      await insert(sql);
      const codes = await issueRecoveryCodes(sql, journey.tenantId, guestUserId);
      await sql.query(
        `UPDATE "Journey" SET data = jsonb_set(data, '{recoveryCodesSealed}', to_jsonb($3::text))
          WHERE id = $1 AND "tenantId" = $2`,
        [
          journey.id,
          journey.tenantId,
          encryptSecret(
            JSON.stringify(codes),
            settings.encryptionKey,
            sealContext(journey.id, "recovery-codes"),
          ),
        ],
      );
    },
    { durable: true },
  );
}

/** "Use an authenticator app": a new secret, kept sealed on the journey until a code confirms it. */
export async function beginTotpEnrolment(
  settings: JourneySettings,
  input: { tenantSlug: string; uid: string },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "totpEnrolmentStarted");
  const { data } = enrollingSignIn(journey);
  if (data.totpSecretSealed) return;
  await updateJourney(journey, {
    data: {
      ...data,
      totpSecretSealed: encryptSecret(
        newTotpSecret(),
        settings.encryptionKey,
        sealContext(journey.id, "totp-secret"),
      ),
    },
  });
}

/** What the enrolment page shows: the QR code, the secret as text for typing, and the URI. */
export async function totpEnrolmentView(
  settings: JourneySettings,
  journey: { id: string; data: JourneyData; email: string | null },
  issuer: string,
): Promise<{ secret: string; qrSvg: string } | null> {
  if (!journey.data.totpSecretSealed) return null;
  const secret = decryptSecret(
    journey.data.totpSecretSealed,
    settings.encryptionKey,
    sealContext(journey.id, "totp-secret"),
  );
  const uri = totpUri(secret, { issuer, account: journey.email ?? "" });
  return { secret, qrSvg: await totpQrSvg(uri) };
}

/** The first code from the app proves it is set up: the authenticator is stored, its step spent. */
export async function confirmTotpEnrolment(
  settings: JourneySettings,
  input: { tenantSlug: string; uid: string; code: string },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "secondFactorEnrolled");
  const { guestUserId, data } = enrollingSignIn(journey);
  if (!data.totpSecretSealed)
    throw new AppError("conflict", "Choose how to set up your second factor first.");
  const secret = decryptSecret(
    data.totpSecretSealed,
    settings.encryptionKey,
    sealContext(journey.id, "totp-secret"),
  );
  const step = totpStepOf(secret, input.code);
  if (step === null)
    return updateJourney(journey, {
      data: {
        ...data,
        flash: {
          fieldErrors: {
            code: journey.text("messages.enrolCodeWrong"),
          },
        },
      },
    });
  const { totpSecretSealed: _sealed, ...rest } = data;
  await enrolled(journey, settings, rest, ["otp"], (sql) =>
    insertTotpAuthenticator(sql, settings.encryptionKey, {
      tenantId: journey.tenantId,
      guestUserId,
      secret,
      step,
    }),
  );
}

/** Registration options for a new passkey; the challenge is kept on the journey. */
export async function passkeyEnrolmentOptions(
  settings: Settings,
  input: { tenantSlug: string; uid: string },
) {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "passkeyChallengeIssued");
  if (journey.state !== "ENROLLING_SECOND_FACTOR")
    throw new AppError("forbidden", "There is no sign-in setting up a passkey here.");
  const { guestUserId, data } = enrollingSignIn(journey);
  const { rows } = await sqlPool().query<{ displayName: string | null }>(
    `SELECT "displayName" FROM "GuestUser" WHERE id = $1 AND "tenantId" = $2`,
    [guestUserId, journey.tenantId],
  );
  const options = await passkeyRegistrationOptions(
    settings.hostedBaseUrl,
    {
      tenantName: journey.tenant.brandingDisplayName ?? journey.tenant.name,
      guestUserId,
      email: journey.email ?? "",
      displayName: rows[0]?.displayName ?? "",
    },
    passkeysOf(await authenticatorsOf(sqlPool(), journey.tenantId, guestUserId)),
  );
  await updateJourney(journey, { data: { ...data, passkeyChallenge: options.challenge } });
  return options;
}

/** The browser made the passkey: verified against the challenge, stored, recovery codes next. */
export async function finishPasskeyEnrolment(
  settings: Settings,
  input: { tenantSlug: string; uid: string; response: unknown },
): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "secondFactorEnrolled");
  const { guestUserId, data } = enrollingSignIn(journey);
  const { passkeyChallenge: challenge, ...rest } = data;
  const passkey = challenge
    ? await verifyPasskeyRegistration(
        settings.hostedBaseUrl,
        challenge,
        passkeyAnswer<RegistrationResponseJSON>(input.response),
      )
    : null;
  if (!passkey)
    return updateJourney(journey, {
      data: {
        ...rest,
        flash: {
          message: journey.text("messages.passkeyEnrolFailed"),
        },
      },
    });
  await enrolled(journey, settings, rest, passkeyAmr(passkey.backedUp), (sql) =>
    insertPasskeyAuthenticator(sql, { tenantId: journey.tenantId, guestUserId, ...passkey }),
  );
}

/** The recovery codes to show once, from the journey. */
export function recoveryCodesToSave(
  settings: JourneySettings,
  journey: { id: string; data: JourneyData },
): string[] {
  if (!journey.data.recoveryCodesSealed) return [];
  return JSON.parse(
    decryptSecret(
      journey.data.recoveryCodesSealed,
      settings.encryptionKey,
      sealContext(journey.id, "recovery-codes"),
    ),
  ) as string[];
}

/** "I have saved them": the codes leave the journey, and the sign-in goes on. */
export async function saveRecoveryCodes(input: { tenantSlug: string; uid: string }): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "recoveryCodesSaved");
  const { guestUserId, data, method } = enrollingSignIn(journey);
  const { recoveryCodesSealed: _codes, ...rest } = data;
  await completeGuestSignIn(journey, { guestUserId, method, data: rest });
}

/** "Not now", where the flow only offers a second factor. */
export async function skipSecondFactor(input: { tenantSlug: string; uid: string }): Promise<void> {
  const journey = await journeyForAction(input.tenantSlug, input.uid, "secondFactorSkipped");
  const { guestUserId, data, method } = enrollingSignIn(journey);
  if (!data.secondFactorOptional)
    throw new AppError("forbidden", "A second factor is required to continue.");
  const { totpSecretSealed: _sealed, passkeyChallenge: _challenge, ...rest } = data;
  await completeGuestSignIn(journey, {
    guestUserId,
    method,
    data: { ...rest, secondFactorOptional: false },
  });
}
