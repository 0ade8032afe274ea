import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "../errors/app-error";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * GUESTLIST_ENCRYPTION_KEY holds one key, or while rotating several separated
 * by commas, newest first: values are written with the first and read with
 * whichever of them wrote them (`guestlist keys reencrypt` then moves every
 * value to the first, and the others can go).
 */
export function encryptionKeys(keyring: string): string[] {
  return keyring.split(",").map((key) => key.trim());
}

/** The key new values are written with (and one-time codes are keyed with). */
export function currentEncryptionKey(keyring: string): string {
  return encryptionKeys(keyring)[0]!;
}

function keyFrom(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, "base64");
  if (key.length !== 32) {
    throw new AppError(
      "config_invalid",
      "GUESTLIST_ENCRYPTION_KEY must be 32 bytes encoded as base64 (or several, newest first, separated by commas).",
    );
  }
  return key;
}

/**
 * AES-256-GCM for secrets at rest (IdP client secrets, connector credentials,
 * signing keys, email bodies). `context` is bound as associated data, so a
 * ciphertext copied to another row or tenant does not decrypt there.
 */
export function encryptSecret(plaintext: string, keyring: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(currentEncryptionKey(keyring)), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([
    cipher.update(plaintext, "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `${VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

export function decryptSecret(sealed: string, keyring: string, context: string): string {
  const [version, ivPart, bodyPart] = sealed.split(".");
  if (version !== VERSION || !ivPart || !bodyPart) {
    throw new AppError("internal", "An encrypted value is not in the expected format.");
  }
  const iv = Buffer.from(ivPart, "base64url");
  const body = Buffer.from(bodyPart, "base64url");
  let lastError: unknown;
  // GCM's tag tells the right key from the others: each is tried, newest first.
  for (const key of encryptionKeys(keyring)) {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(key), iv);
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(body.subarray(0, body.length - TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    } catch (error) {
      lastError = error;
    }
  }
  throw new AppError(
    "internal",
    "An encrypted value could not be decrypted: none of the keys in GUESTLIST_ENCRYPTION_KEY wrote it, or the value was altered.",
    { cause: lastError },
  );
}
