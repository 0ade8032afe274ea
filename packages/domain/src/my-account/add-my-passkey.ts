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
import { ACCOUNT_GONE } from "./my-account-view";

/**
 * Registration options for a new passkey on the account page, named after the
 * person and the tenant's branding, excluding the passkeys they have; the
 * caller keeps the challenge.
 */
export async function myPasskeyOptions(hostedBaseUrl: string, holder: AccountHolder) {
  const { rows } = await sqlPool().query<{
    email: string;
    displayName: string | null;
    tenantName: string;
  }>(
    `SELECT g.email, g."displayName", coalesce(t."brandingDisplayName", t.name) AS "tenantName"
       FROM "GuestUser" g JOIN "Tenant" t ON t.id = g."tenantId"
      WHERE g.id = $1 AND g."tenantId" = $2 AND g.status = 'ACTIVE'`,
    [holder.guestUserId, holder.tenantId],
  );
  const who = rows[0];
  if (!who) throw new AppError("unauthenticated", ACCOUNT_GONE);
  return passkeyRegistrationOptions(
    hostedBaseUrl,
    {
      tenantName: who.tenantName,
      guestUserId: holder.guestUserId,
      email: who.email,
      displayName: who.displayName ?? "",
    },
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
  if (!passkey)
    throw new AppError("invalid_input", "The passkey could not be added. Try again.", {
      text: { key: "accountMessages.passkeyNotAdded" },
    });
  return enrolMySecondFactor(holder, "PASSKEY", (sql) =>
    insertPasskeyAuthenticator(sql, {
      tenantId: holder.tenantId,
      guestUserId: holder.guestUserId,
      ...passkey,
    }),
  );
}
