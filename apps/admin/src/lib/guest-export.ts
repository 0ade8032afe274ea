import { z } from "zod";
import type { TenantAccess } from "@guestlist/domain/access";
import type { PrismaClient } from "@guestlist/domain/database";
import { exportGuestUsers } from "@guestlist/domain/guests";
import { ZGuestDirectoryFilters } from "@guestlist/domain/guests/schemas";

/** The directory's filters, and the file format. */
export const ZGuestExportQuery = ZGuestDirectoryFilters.extend({
  format: z.enum(["csv", "json"]).default("json"),
});
export type TGuestExportQuery = z.infer<typeof ZGuestExportQuery>;

/** A streamed download of the filtered directory: what the portal's Export button and the REST API both serve. */
export function guestExport(prisma: PrismaClient, access: TenantAccess, query: TGuestExportQuery) {
  const { format, ...filters } = query;
  return {
    stream: exportGuestUsers(prisma, access, filters, format),
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    filename: `guest-users-${access.tenant.slug}.${format}`,
  };
}
