import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "../errors/app-error";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFrom(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, "base64");
  if (key.length !== 32) {
    throw new AppError(
      "config_invalid",
      "GUESTLIST_ENCRYPTION_KEY must be 32 bytes encoded as base64.",
    );
  }
  return key;
}

/**
 * AES-256-GCM for secrets at rest (IdP client secrets, connector credentials,
 * signing keys). `context` is bound as associated data, so a ciphertext copied
 * to another row or tenant does not decrypt there.
 */
export function encryptSecret(plaintext: string, base64Key: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(base64Key), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([
    cipher.update(plaintext, "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return `${VERSION}.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

export function decryptSecret(sealed: string, base64Key: string, context: string): string {
  const [version, ivPart, bodyPart] = sealed.split(".");
  if (version !== VERSION || !ivPart || !bodyPart) {
    throw new AppError("internal", "An encrypted value is not in the expected format.");
  }
  const body = Buffer.from(bodyPart, "base64url");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    keyFrom(base64Key),
    Buffer.from(ivPart, "base64url"),
  );
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch (error) {
    throw new AppError(
      "internal",
      "An encrypted value could not be decrypted: GUESTLIST_ENCRYPTION_KEY differs from the key it was written with, or the value was altered.",
      { cause: error },
    );
  }
}
