import { z } from "zod";
import { AppError } from "@guestlist/domain/errors";

export const ZId = z.uuid();
export const ZTimestamp = z.iso.datetime({ offset: true });
export const ZTimestamps = { createdAt: ZTimestamp, updatedAt: ZTimestamp };

/** Finds an item of a tenant-scoped list by id, as the domain's own lookups would. */
export function byId<T extends { id: string }>(items: T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new AppError("not_found", `There is no such ${what} in this tenant.`);
  return item;
}
