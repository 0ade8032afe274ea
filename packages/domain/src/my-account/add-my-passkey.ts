import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { sqlPool } from "../database/sql-pool";
import { AppError } from "../errors/app-error";
import {
  authenticatorsOf,
  insertPasskeyAuthenticator,
  passkeysOf,
} from "../second-factors/guest-authenticators";
import {
  passkeyAnswer,
  passkeyRegistrationOptions,
  verifyPasskeyRegistration,
} from "../second-factors/passkey-ceremonies";
import type { AccountHolder } from "./account-holder";
import { enrolMySecondFactor } from "./enrol-my-second-factor";

/** Registration options for a new passkey on the account page; the caller keeps the challenge. */
export async function myPasskeyOptions(
  hostedBaseUrl: string,
  holder: AccountHolder,
  who: { tenantName: string; email: string; displayName: string },
) {
  return passkeyRegistrationOptions(
    hostedBaseUrl,
    { ...who, guestUserId: holder.guestUserId },
    passkeysOf(await authenticatorsOf(sqlPool(), holder.tenantId, holder.guestUserId)),
  );
}

/** The browser made the passkey for that challenge: verified and stored (with recovery codes if it is the first factor). */
export async function addMyPasskey(
  hostedBaseUrl: string,
  holder: AccountHolder,
  input: { challenge: string; response: unknown },
): Promise<{ recoveryCodes: string[] }> {
  const passkey = await verifyPasskeyRegistration(
    hostedBaseUrl,
    input.challenge,
    passkeyAnswer<RegistrationResponseJSON>(input.response),
  );
  if (!passkey) throw new AppError("invalid_input", "The passkey could not be added. Try again.");
  return enrolMySecondFactor(holder, "PASSKEY", (sql) =>
    insertPasskeyAuthenticator(sql, {
      tenantId: holder.tenantId,
      guestUserId: holder.guestUserId,
      ...passkey,
    }),
  );
}
