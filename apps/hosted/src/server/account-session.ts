import { createHash, hkdfSync } from "node:crypto";
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

/**
 * The account page's own cookies, sealed (encrypted and authenticated) with
 * keys derived from HOSTED_COOKIE_KEYS: the newest seals, every listed key
 * opens, so rotating the keys signs nobody out at once. Scoped to the
 * tenant's account path, HttpOnly and Lax.
 */

/** How long the account page trusts a sign-in before asking again. */
export const ACCOUNT_SESSION_SECONDS = 60 * 60;
const LOGIN_SECONDS = 10 * 60;

interface SealingKey {
  kid: string;
  key: Uint8Array;
}

function sealingKeys(cookieKeys: string[], purpose: string): SealingKey[] {
  return cookieKeys.map((secret) => {
    const key = new Uint8Array(
      hkdfSync("sha256", Buffer.from(secret), "", `guestlist account page ${purpose}`, 32),
    );
    return { kid: createHash("sha256").update(key).digest("hex").slice(0, 16), key };
  });
}

async function seal(
  cookieKeys: string[],
  purpose: string,
  claims: JWTPayload,
  seconds: number,
): Promise<string> {
  const [newest] = sealingKeys(cookieKeys, purpose);
  return new EncryptJWT(claims)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", kid: newest!.kid })
    .setIssuedAt()
    .setExpirationTime(`${seconds}s`)
    .encrypt(newest!.key);
}

async function open(
  cookieKeys: string[],
  purpose: string,
  value: string | undefined,
): Promise<JWTPayload | null> {
  if (!value) return null;
  for (const { key } of sealingKeys(cookieKeys, purpose)) {
    try {
      return (await jwtDecrypt(value, key, { keyManagementAlgorithms: ["dir"] })).payload;
    } catch {
      // Sealed with another listed key, tampered with, or expired: try the next one.
    }
  }
  return null;
}

export interface AccountSession {
  tenantId: string;
  guestUserId: string;
  /** The provider session it came from (the ID token's `sid`): it ends when that one does. */
  sid: string;
}

export interface AccountLogin {
  tenantId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The account page to show once signed in. */
  page: string;
}

export function accountCookies(tenantSlug: string, hostedBaseUrl: string) {
  const secure = hostedBaseUrl.startsWith("https:");
  const options = {
    path: `/${tenantSlug}/account`,
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
  };
  const prefix = secure ? "__Secure-" : "";
  return {
    session: { name: `${prefix}${tenantSlug}.account`, options },
    login: { name: `${prefix}${tenantSlug}.account-login`, options },
  };
}

export const sealAccountSession = (cookieKeys: string[], session: AccountSession) =>
  seal(cookieKeys, "session", { ...session }, ACCOUNT_SESSION_SECONDS);

export async function openAccountSession(
  cookieKeys: string[],
  value: string | undefined,
): Promise<AccountSession | null> {
  const claims = await open(cookieKeys, "session", value);
  const { tenantId, guestUserId, sid } = claims ?? {};
  return typeof tenantId === "string" && typeof guestUserId === "string" && typeof sid === "string"
    ? { tenantId, guestUserId, sid }
    : null;
}

export const sealAccountLogin = (cookieKeys: string[], login: AccountLogin) =>
  seal(cookieKeys, "login", { ...login }, LOGIN_SECONDS);

export async function openAccountLogin(
  cookieKeys: string[],
  value: string | undefined,
): Promise<AccountLogin | null> {
  const claims = await open(cookieKeys, "login", value);
  const { tenantId, state, nonce, codeVerifier, page } = claims ?? {};
  return typeof tenantId === "string" &&
    typeof state === "string" &&
    typeof nonce === "string" &&
    typeof codeVerifier === "string"
    ? { tenantId, state, nonce, codeVerifier, page: typeof page === "string" ? page : "" }
    : null;
}
