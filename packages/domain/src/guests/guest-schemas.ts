import { z } from "zod";
import { storableText } from "../validation/storable-text";

// Imported by browser code (the admin's forms): keep free of server imports.

/** Query-string and form values arrive as "" when a field is left empty. */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

const ZDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Use a real date.");

export const GUEST_DIRECTORY_SORTS = {
  "createdAt:desc": "Newest first",
  "createdAt:asc": "Oldest first",
  "email:asc": "Email A to Z",
  "email:desc": "Email Z to A",
} as const;
export type GuestDirectorySort = keyof typeof GUEST_DIRECTORY_SORTS;

export const ZGuestUserStatus = z.enum(["ACTIVE", "BLOCKED", "PENDING_APPROVAL", "DECLINED"]);

export type TGuestUserStatus = z.infer<typeof ZGuestUserStatus>;

export const GUEST_STATUS_LABELS: Record<TGuestUserStatus, string> = {
  ACTIVE: "Active",
  BLOCKED: "Blocked",
  PENDING_APPROVAL: "Waiting for approval",
  DECLINED: "Declined",
};

/** The directory's filters: what the list shows, what the export writes. */
export const ZGuestDirectoryFilters = z.object({
  q: optional(storableText().trim().max(200, "Use at most 200 characters.")).describe(
    "Matches the start of the email address, or any part of the display, given or surname.",
  ),
  userFlowId: optional(z.uuid("Choose a user flow.")),
  identityProviderId: optional(z.uuid("Choose an identity provider.")),
  status: optional(ZGuestUserStatus),
  createdFrom: optional(ZDay).describe("Signed up on or after this day (UTC), YYYY-MM-DD."),
  createdTo: optional(ZDay).describe("Signed up on or before this day (UTC), YYYY-MM-DD."),
  attribute: optional(storableText().trim().max(100)).describe(
    "An attribute's name; with `value`, only users whose attribute equals it.",
  ),
  value: optional(storableText().trim().max(1000)),
});
export type TGuestDirectoryFilters = z.infer<typeof ZGuestDirectoryFilters>;

export const ZGuestDirectoryQuery = ZGuestDirectoryFilters.extend({
  sort: optional(
    z.enum(Object.keys(GUEST_DIRECTORY_SORTS) as [GuestDirectorySort, ...GuestDirectorySort[]]),
  ).default("createdAt:desc"),
  cursor: optional(storableText().max(500)).describe("The nextCursor of the previous page."),
  limit: optional(z.coerce.number().int().min(1).max(200)).default(50),
});
export type TGuestDirectoryQuery = z.input<typeof ZGuestDirectoryQuery>;

/** At most this many users in one bulk action. */
export const MAX_BULK_GUEST_USERS = 500;

export const ZGuestUserIds = z.object({
  ids: z
    .array(z.uuid())
    .min(1, "Select at least one user.")
    .max(MAX_BULK_GUEST_USERS, `Select at most ${MAX_BULK_GUEST_USERS} users at a time.`),
});
export type TGuestUserIds = z.infer<typeof ZGuestUserIds>;

/**
 * Attribute values to change, by attribute name; null (or "") clears one.
 * Each value is checked against the attribute's data type by the domain.
 */
export const ZGuestAttributeChanges = z.object({
  attributes: z.record(z.string(), z.union([storableText(), z.number(), z.boolean(), z.null()])),
});
export type TGuestAttributeChanges = z.infer<typeof ZGuestAttributeChanges>;
