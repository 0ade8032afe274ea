import { decryptSecret } from "../crypto/secret-box";
import { insertTotpAuthenticator } from "../second-factors/guest-authenticators";
import { totpStepOf } from "../second-factors/totp";
import type { AccountHolder } from "./account-holder";
import { enrolMySecondFactor } from "./enrol-my-second-factor";
import { authenticatorOfferContext } from "./offer-my-authenticator-app";

export type AddAuthenticatorResult =
  | { status: "invalid"; fieldErrors: { code: string } }
  | { status: "added"; recoveryCodes: string[] };

/** The first code from the app proves the offered secret was scanned: the authenticator is stored. */
export async function addMyAuthenticatorApp(
  encryptionKey: string,
  holder: AccountHolder,
  input: { sealedSecret: string; code: string },
): Promise<AddAuthenticatorResult> {
  let offer: { secret: string; until: number } | null = null;
  try {
    offer = JSON.parse(
      decryptSecret(input.sealedSecret, encryptionKey, authenticatorOfferContext(holder)),
    ) as { secret: string; until: number };
  } catch {
    offer = null;
  }
  if (!offer || offer.until < Date.now())
    return {
      status: "invalid",
      fieldErrors: { code: "This setup has expired. Reload the page and scan the new QR code." },
    };
  const step = totpStepOf(offer.secret, input.code);
  if (step === null)
    return {
      status: "invalid",
      fieldErrors: {
        code: "That code is not right. Enter the 6-digit code your authenticator app shows now.",
      },
    };
  const secret = offer.secret;
  const { recoveryCodes } = await enrolMySecondFactor(holder, "TOTP", (sql) =>
    insertTotpAuthenticator(sql, encryptionKey, {
      tenantId: holder.tenantId,
      guestUserId: holder.guestUserId,
      secret,
      step,
    }),
  );
  return { status: "added", recoveryCodes };
}
