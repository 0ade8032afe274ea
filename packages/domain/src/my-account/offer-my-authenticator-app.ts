import { encryptSecret } from "../crypto/secret-box";
import { newTotpSecret, totpQrSvg, totpUri } from "../second-factors/totp";
import type { AccountHolder } from "./account-holder";

/** How long the account page's offer of a new authenticator app secret stays valid. */
export const AUTHENTICATOR_OFFER_MS = 30 * 60 * 1000;

export const authenticatorOfferContext = (holder: AccountHolder) =>
  `account-totp-offer:${holder.tenantId}:${holder.guestUserId}`;

/**
 * A new authenticator app secret for the account page: shown as a QR code and
 * as text, and sealed into the form (for this person only, for half an hour)
 * so nothing is stored until a code from the app confirms it.
 */
export async function offerMyAuthenticatorApp(
  encryptionKey: string,
  holder: AccountHolder,
  who: { issuer: string; email: string },
): Promise<{ sealedSecret: string; secret: string; qrSvg: string }> {
  const secret = newTotpSecret();
  const sealedSecret = encryptSecret(
    JSON.stringify({ secret, until: Date.now() + AUTHENTICATOR_OFFER_MS }),
    encryptionKey,
    authenticatorOfferContext(holder),
  );
  return {
    sealedSecret,
    secret,
    qrSvg: await totpQrSvg(totpUri(secret, { issuer: who.issuer, account: who.email })),
  };
}
