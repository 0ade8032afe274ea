import { z } from "zod";
import { storableText } from "../validation/storable-text";
import { ZEmailAddress } from "../validation/email-address";

// Imported by browser code (the admin's forms): keep free of server imports.

export const INVITATION_DEFAULT_DAYS = 7;
export const INVITATION_MAX_DAYS = 90;
/** The most invitations one bulk request (a CSV upload, an API call) may create. */
export const INVITATIONS_PER_BATCH = 5000;

const ZPresetValue = z.union([storableText().max(1000), z.number(), z.boolean()]);

export const ZInviteGuestInput = z.object({
  email: ZEmailAddress,
  applicationId: z.uuid("Choose an application."),
  /** Attribute values the account starts with, by attribute name. */
  attributes: z
    .record(z.string().max(100), ZPresetValue)
    .default({})
    .refine((values) => Object.keys(values).length <= 50, "Pre-set at most 50 attributes."),
  message: storableText()
    .trim()
    .max(1000, "Keep the message under 1000 characters.")
    .optional()
    .transform((text) => text || undefined),
  expiresInDays: z.coerce
    .number()
    .int("Enter a whole number of days.")
    .min(1, "An invitation lasts at least 1 day.")
    .max(INVITATION_MAX_DAYS, `An invitation lasts at most ${INVITATION_MAX_DAYS} days.`)
    .default(INVITATION_DEFAULT_DAYS),
});
export type TInviteGuestInput = z.input<typeof ZInviteGuestInput>;

export const ZInviteGuestsInput = z.object({
  invitations: z
    .array(z.unknown())
    .min(1, "Add at least one invitation.")
    .max(INVITATIONS_PER_BATCH, `Send at most ${INVITATIONS_PER_BATCH} invitations at once.`),
});
export type TInviteGuestsInput = z.infer<typeof ZInviteGuestsInput>;

/** What the list shows: PENDING past its expiry is EXPIRED. */
export const ZInvitationStatus = z.enum(["PENDING", "ACCEPTED", "EXPIRED", "REVOKED"]);
export type TInvitationStatus = z.infer<typeof ZInvitationStatus>;

export const ZInvitationListQuery = z.object({
  status: ZInvitationStatus.optional(),
  applicationId: z.uuid().optional(),
  /** Part of the invited address. */
  q: storableText().trim().max(254).optional(),
  /** From the previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TInvitationListQuery = z.input<typeof ZInvitationListQuery>;
