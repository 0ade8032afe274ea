import type { TenantAccess } from "../access/tenant-access";
import { BUILT_IN_ATTRIBUTE_COLUMNS } from "../attributes/built-in-attributes";
import type { PrismaClient } from "../database/prisma-client";
import { recordChange } from "../audit/record-change";
import { directoryPage, loadGuestUsers, type GuestUserListItem } from "./guest-directory";
import { ZGuestDirectoryFilters, type TGuestDirectoryFilters } from "./guest-schemas";

export type GuestExportFormat = "csv" | "json";

const BATCH = 200;

/** One user as a flat record: fixed fields, built-in attributes, custom ones (grouped), provenance. */
function exportRecord(user: GuestUserListItem, customNames: string[]) {
  const custom = user.attributes as Record<string, unknown>;
  return {
    id: user.id,
    status: user.status,
    emailVerified: user.emailVerified,
    ...Object.fromEntries(
      BUILT_IN_ATTRIBUTE_COLUMNS.map((column) => [column, user[column] ?? null]),
    ),
    attributes: Object.fromEntries(customNames.map((name) => [name, custom[name] ?? null])),
    identityProviders: user.identities.map(
      (identity) => identity.identityProvider?.displayName ?? identity.issuer,
    ),
    userFlow: user.userFlow?.name ?? null,
    application: user.application?.name ?? null,
    termsAccepted: user.termsAcceptances.map(
      (acceptance) =>
        `${acceptance.document.name} v${acceptance.version} ${acceptance.acceptedAt.toISOString()}`,
    ),
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  };
}

type ExportRecord = ReturnType<typeof exportRecord>;

/** CSV has no nesting: custom attributes become columns named attributes.<name>. */
function csvColumns(record: ExportRecord): [string, unknown][] {
  return Object.entries(record).flatMap(([key, value]): [string, unknown][] =>
    key === "attributes"
      ? Object.entries(value as Record<string, unknown>).map(([name, v]) => [
          `attributes.${name}`,
          v,
        ])
      : [[key, value]],
  );
}

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage
 * return) as a formula; prefixing a quote keeps it text (OWASP CSV injection).
 */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = Array.isArray(value)
    ? value.join("; ")
    : typeof value === "string"
      ? value
      : typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The filtered directory as CSV or a JSON array, produced page by page
 * (keyset pagination), so an export of any size holds one page in memory and
 * starts arriving at once.
 */
export async function* exportGuestUsers(
  prisma: PrismaClient,
  access: TenantAccess,
  input: TGuestDirectoryFilters,
  format: GuestExportFormat,
): AsyncGenerator<string> {
  const filters = ZGuestDirectoryFilters.parse(input);
  const tenantId = access.tenant.id;
  const customNames = (
    await prisma.userAttribute.findMany({
      where: { tenantId, builtIn: false },
      orderBy: { name: "asc" },
      select: { name: true },
    })
  ).map((attribute) => attribute.name);
  await recordChange(prisma, access, {
    action: "guestUser.exported",
    targetType: "Tenant",
    targetId: tenantId,
    after: { format, filters },
  });

  let header = true;
  let cursor: string | undefined;
  let first = true;
  if (format === "json") yield "[";
  do {
    const page = await directoryPage(prisma, tenantId, {
      ...filters,
      sort: "createdAt:asc",
      limit: BATCH,
      cursor,
    });
    const records = (await loadGuestUsers(prisma, tenantId, page.ids)).map((user) =>
      exportRecord(user, customNames),
    );
    if (format === "csv") {
      if (header) {
        const sample = exportRecord(HEADER_SAMPLE, customNames);
        yield `${csvColumns(sample)
          .map(([name]) => csvCell(name))
          .join(",")}\r\n`;
        header = false;
      }
      if (records.length > 0)
        yield records
          .map(
            (record) =>
              `${csvColumns(record)
                .map(([, value]) => csvCell(value))
                .join(",")}\r\n`,
          )
          .join("");
    } else if (records.length > 0) {
      yield records
        .map((record, index) => `${first && index === 0 ? "" : ","}\n${JSON.stringify(record)}`)
        .join("");
      first = false;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  if (format === "json") yield "\n]\n";
}

/** A user with no values, so the CSV header comes from the same code as its rows. */
const HEADER_SAMPLE = {
  id: "",
  status: "ACTIVE",
  emailVerified: false,
  attributes: {},
  identities: [],
  termsAcceptances: [],
  userFlow: null,
  application: null,
  createdAt: new Date(0),
  lastSignInAt: null,
} as unknown as GuestUserListItem;
