import { z } from "zod";
import { AppError } from "@guestlist/domain/errors";

export const ZListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe("Items per page, 1 to 200."),
  cursor: z.string().max(100).optional().describe("The nextCursor of the previous page."),
});
export type TListQuery = z.infer<typeof ZListQuery>;

/** A page of a configuration list, which is small and ordered by the domain; the cursor is an opaque offset. */
export function pageOf<T>(
  items: T[],
  query: TListQuery,
): { items: T[]; nextCursor: string | null } {
  let offset = 0;
  if (query.cursor) {
    const decoded = Number(Buffer.from(query.cursor, "base64url").toString("utf8"));
    if (!Number.isSafeInteger(decoded) || decoded < 0)
      throw new AppError("invalid_input", "This cursor was not given out by this API.", {
        fieldIssues: [{ path: "cursor", message: "Not a cursor this API gave out." }],
      });
    offset = decoded;
  }
  const end = offset + query.limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? Buffer.from(String(end)).toString("base64url") : null,
  };
}

/** The response schema of a list of `item`. */
export function listOf(item: z.ZodType) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
