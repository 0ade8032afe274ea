import { X509Certificate } from "node:crypto";

/** When a base64 DER certificate stops being valid, for the admin to see a rollover coming; null if unreadable. */
export function certificateExpiry(certificate: string): Date | null {
  try {
    return new Date(new X509Certificate(Buffer.from(certificate, "base64")).validTo);
  } catch {
    return null;
  }
}
