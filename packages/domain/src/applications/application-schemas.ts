import { z } from "zod";
import { storableText } from "../validation/storable-text";

// Imported by browser code (the admin's forms): keep free of server imports.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** https anywhere; http only on this machine (development), per RFC 9700. No fragments. */
export const ZRedirectUri = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      if (url.hash || value.includes("#")) return false;
      return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
    } catch {
      return false;
    }
  }, "Use an https:// address (http:// only for localhost), without a #fragment.");

export const ZApplicationInput = z.object({
  name: storableText().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  type: z.enum(["CONFIDENTIAL", "PUBLIC"]),
  redirectUris: z
    .array(ZRedirectUri)
    .min(1, "Add at least one redirect URI.")
    .max(20, "Use at most 20 redirect URIs."),
  postLogoutRedirectUris: z.array(ZRedirectUri).max(20, "Use at most 20 sign-out URIs."),
  /** OIDC's initiate_login_uri: the app's own address that starts a sign-in; invitation links go there. */
  initiateLoginUri: ZRedirectUri.nullable().optional(),
  userFlowId: z.uuid().nullable(),
});
export type TApplicationInput = z.infer<typeof ZApplicationInput>;

/** Several URIs typed one per line in a textarea. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
