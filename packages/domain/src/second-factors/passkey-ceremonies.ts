import { AppError } from "../errors/app-error";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";

/**
 * Guestlist as a WebAuthn relying party: its id is the hosted pages' host
 * name and only their origin may answer, so a passkey made here works on
 * every instance behind HOSTED_URL and nowhere else.
 */
export function relyingPartyOf(hostedBaseUrl: string) {
  const url = new URL(hostedBaseUrl);
  return { id: url.hostname, origin: url.origin };
}

export interface StoredPasskey {
  credentialId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
}

/** Registration: a discoverable credential (so it can sign in alone), verified by the person, no attestation. */
export function passkeyRegistrationOptions(
  hostedBaseUrl: string,
  who: { tenantName: string; guestUserId: string; email: string; displayName: string },
  existing: StoredPasskey[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: who.tenantName,
    rpID: relyingPartyOf(hostedBaseUrl).id,
    userName: who.email,
    userDisplayName: who.displayName || who.email,
    userID: new TextEncoder().encode(who.guestUserId),
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports,
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
}

export async function verifyPasskeyRegistration(
  hostedBaseUrl: string,
  expectedChallenge: string,
  response: RegistrationResponseJSON,
) {
  const party = relyingPartyOf(hostedBaseUrl);
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge,
    expectedOrigin: party.origin,
    expectedRPID: party.id,
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified) return null;
  const info = verification.registrationInfo;
  return {
    credentialId: info.credential.id,
    publicKey: info.credential.publicKey,
    counter: info.credential.counter,
    transports: info.credential.transports ?? [],
    deviceType: info.credentialDeviceType,
    backedUp: info.credentialBackedUp,
  };
}

/** Sign-in: the person's own passkeys, or (passwordless) any passkey the browser offers. */
export function passkeyAuthenticationOptions(
  hostedBaseUrl: string,
  allowed: StoredPasskey[] | "any",
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: relyingPartyOf(hostedBaseUrl).id,
    userVerification: "required",
    allowCredentials:
      allowed === "any"
        ? []
        : allowed.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports })),
  });
}

export async function verifyPasskeyAuthentication(
  hostedBaseUrl: string,
  expectedChallenge: string,
  response: AuthenticationResponseJSON,
  passkey: StoredPasskey,
) {
  const party = relyingPartyOf(hostedBaseUrl);
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: party.origin,
    expectedRPID: party.id,
    requireUserVerification: true,
    credential: {
      id: passkey.credentialId,
      publicKey: passkey.publicKey as Uint8Array<ArrayBuffer>,
      counter: passkey.counter,
      transports: passkey.transports,
    },
  }).catch(() => null);
  if (!verification?.verified) return null;
  return {
    newCounter: verification.authenticationInfo.newCounter,
    backedUp: verification.authenticationInfo.credentialBackedUp,
  };
}

/** A browser's WebAuthn answer as posted: its id is read here, the library checks the rest. */
export function passkeyAnswer<T extends { id: string }>(value: unknown): T {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id !== "string" || id.length > 1024)
    throw new AppError("forbidden", "That is not a passkey answer.");
  return value as T;
}

/** RFC 8176: a synced passkey is a software-held key, a device-bound one a hardware key. */
export const passkeyAmr = (backedUp: boolean) => [backedUp ? "swk" : "hwk", "user"];
