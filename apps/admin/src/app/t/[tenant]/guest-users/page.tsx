import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@guestlist/domain/access";
import { listUserAttributes } from "@guestlist/domain/attributes";
import { database } from "@/lib/database";
import { isAppError } from "@guestlist/domain/errors";
import { listUserFlows } from "@guestlist/domain/flows";
import { searchGuestUsers } from "@guestlist/domain/guests";
import {
  ZGuestDirectoryQuery,
  type TGuestDirectoryFilters,
} from "@guestlist/domain/guests/schemas";
import { listIdentityProviders } from "@guestlist/domain/identity-providers";
import { EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { firstSearchValues } from "@/lib/search-params";
import { DirectoryFilters } from "./directory-filters";
import { GuestTable, type GuestRow } from "./guest-table";
import { utcMinute } from "@/lib/format-time";

export const metadata: Metadata = { title: "Guest users" };
export const dynamic = "force-dynamic";

const FILTER_KEYS = [
  "q",
  "userFlowId",
  "identityProviderId",
  "status",
  "createdFrom",
  "createdTo",
  "attribute",
  "value",
] as const;

export default async function GuestUsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const prisma = database();
  const raw = firstSearchValues(await searchParams);
  const [flows, providers, attributes] = await Promise.all([
    listUserFlows(prisma, access),
    listIdentityProviders(prisma, access),
    listUserAttributes(prisma, access),
  ]);

  const parsed = ZGuestDirectoryQuery.safeParse(raw);
  const errors: Record<string, string> = {};
  let result: Awaited<ReturnType<typeof searchGuestUsers>> = { users: [], nextCursor: null };
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  else
    try {
      result = await searchGuestUsers(prisma, access, parsed.data);
    } catch (error) {
      if (!isAppError(error) || error.code !== "invalid_input") throw error;
      for (const issue of error.details.fieldIssues ?? []) errors[issue.path] = issue.message;
      if (!error.details.fieldIssues) errors.q = error.message;
    }
  const filters: TGuestDirectoryFilters = Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (raw[key] ? [[key, raw[key]]] : [])),
  );
  const sort = parsed.success ? parsed.data.sort : "createdAt:desc";
  const filterQuery = new URLSearchParams({ ...filters, sort });
  const rows: GuestRow[] = result.users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.displayName ?? ([user.givenName, user.surname].filter(Boolean).join(" ") || "—"),
    status: user.status,
    userFlow: user.userFlow?.name ?? "—",
    providers:
      [
        ...new Set(
          user.identities.map(
            (identity) => identity.identityProvider?.displayName ?? identity.issuer,
          ),
        ),
      ].join(", ") || "—",
    createdAt: utcMinute(user.createdAt),
    lastSignInAt: utcMinute(user.lastSignInAt),
  }));
  const exportHref = (format: string) =>
    `/api/tenants/${slug}/guest-users/export?${new URLSearchParams({ ...filters, format })}`;

  return (
    <>
      <PageHeader
        title="Guest users"
        description="Everyone who signed up through this tenant's user flows. Search, filter, open a user to edit, block or delete them."
        actions={
          <div className="flex gap-2">
            <a
              href={exportHref("csv")}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm"
              download
            >
              Export CSV
            </a>
            <a
              href={exportHref("json")}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm"
              download
            >
              Export JSON
            </a>
          </div>
        }
      />
      <DirectoryFilters
        filters={filters}
        sort={sort}
        flows={flows.map((flow) => ({ id: flow.id, name: flow.name }))}
        providers={providers.map((provider) => ({ id: provider.id, name: provider.displayName }))}
        attributes={attributes.map((attribute) => attribute.name)}
        errors={errors}
      />
      {rows.length === 0 ? (
        <EmptyState>No guest users match.</EmptyState>
      ) : (
        <GuestTable tenant={slug} rows={rows} editable={can(access.role, "guestUsers.manage")} />
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
        {raw.cursor ? (
          <Link href={`?${filterQuery}`} className="text-blue-800 underline">
            First page
          </Link>
        ) : null}
        {result.nextCursor ? (
          <Link
            href={`?${filterQuery}&cursor=${encodeURIComponent(result.nextCursor)}`}
            className="text-blue-800 underline"
          >
            Next page
          </Link>
        ) : null}
      </nav>
    </>
  );
}
