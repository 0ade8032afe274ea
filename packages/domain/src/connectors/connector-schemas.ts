import { z } from "zod";
import { storableText } from "../validation/storable-text";
import { CLAIM_NAME, isReservedClaim } from "./token-claim-names";

export { CLAIM_NAME, isReservedClaim };

// Imported by browser code (the admin's forms): keep free of server imports.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export const ZConnectorEndpoint = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
    } catch {
      return false;
    }
  }, "Use an https:// endpoint (http:// only for localhost during development).");

/** Largest .pfx accepted, base64-encoded. */
export const MAX_CERTIFICATE_BASE64 = 64 * 1024;

/**
 * Secrets (Basic password, certificate and its password) are write-only: on an
 * update, empty means "keep what is stored".
 */
export const ZApiConnectorInput = z.object({
  displayName: storableText()
    .trim()
    .min(1, "Enter a name.")
    .max(100, "Use at most 100 characters."),
  endpointUrl: ZConnectorEndpoint,
  authType: z.enum(["BASIC", "CLIENT_CERTIFICATE"]),
  basicUsername: storableText().trim().max(200).default(""),
  basicPassword: storableText().max(500).default(""),
  certificateBase64: z
    .string()
    .max(MAX_CERTIFICATE_BASE64, "The certificate file is too large (64 KB at most).")
    .default(""),
  certificatePassword: storableText().max(500).default(""),
  timeoutMs: z.coerce
    .number()
    .int()
    .min(1000, "At least 1 second.")
    .max(20000, "At most 20 seconds.")
    .default(20000),
  retries: z.coerce.number().int().min(0).max(1, "At most one retry.").default(1),
});
export type TApiConnectorInput = z.input<typeof ZApiConnectorInput>;

export const ZFlowConnectorsInput = z.object({
  POST_FEDERATION_SIGNUP: z.uuid().nullable(),
  POST_ATTRIBUTE_COLLECTION: z.uuid().nullable(),
  ON_TOKEN_ISSUANCE_START: z.uuid().nullable().default(null),
  /** When the token issuance connector fails: issue the tokens without its claims, or refuse the sign-in. */
  tokenConnectorFailurePolicy: z.enum(["CONTINUE", "FAIL"]).default("CONTINUE"),
  /** The claims the token issuance connector may add to ID tokens and userinfo. */
  tokenConnectorClaims: z
    .array(
      z
        .string()
        .trim()
        .regex(CLAIM_NAME, "Use letters, digits and _ . : / - (starting with a letter).")
        .refine((name) => !isReservedClaim(name), "Guestlist sets this claim itself."),
    )
    .max(30, "At most 30 claims.")
    .transform((names) => [...new Set(names)])
    .default([]),
});
export type TFlowConnectorsInput = z.input<typeof ZFlowConnectorsInput>;
