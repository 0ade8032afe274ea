import { z } from "zod";
import { storableText } from "../validation/storable-text";
import { ZGuestUserIds } from "../guests/guest-schemas";

// Imported by browser code (the admin's forms): keep free of server imports.

export const ZApprovalDecision = ZGuestUserIds.extend({
  decision: z.enum(["APPROVE", "DECLINE"]),
  /** Sent to the person with a decline, and kept on the account. */
  reason: storableText()
    .trim()
    .max(1000, "Keep the reason under 1000 characters.")
    .optional()
    .transform((text) => text || undefined),
});
export type TApprovalDecision = z.input<typeof ZApprovalDecision>;
