import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@guestlist/domain/access";
import { listApplications } from "@guestlist/domain/applications";
import { listUserAttributes } from "@guestlist/domain/attributes";
import { isAppError } from "@guestlist/domain/errors";
import { listGuestInvitations, type GuestInvitationView } from "@guestlist/domain/invitations";
import {
  ZInvitationListQuery,
  ZInvitationStatus,
  type TInvitationStatus,
} from "@guestlist/domain/invitations/schemas";
import { Card, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { database } from "@/lib/database";
import { utcMinute } from "@/lib/format-time";
import { requireTenant } from "@/lib/session";
import { firstSearchValues } from "@/lib/search-params";
import { InvitationActions, InviteFromCsvForm, InviteGuestForm } from "./invitation-forms";

export const metadata: Metadata = { title: "Invitations" };
export const dynamic = "force-dynamic";

const STATUS_LABELS: Record<TInvitationStatus, string> = {
  PENDING: "Pending",
  ACCEPTED: "Accepted",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
};

const STATUS_STYLES: Record<TInvitationStatus, string> = {
  PENDING: "bg-blue-50 text-blue-900",
  ACCEPTED: "bg-green-50 text-green-900",
  EXPIRED: "bg-slate-100 text-slate-700",
  REVOKED: "bg-red-50 text-red-900",
};

const FILTER_KEYS = ["status", "applicationId", "q"] as const;

function statusNote(invitation: GuestInvitationView): string {
  switch (invitation.status) {
    case "PENDING":
    case "EXPIRED":
      return `until ${utcMinute(invitation.expiresAt)}`;
    case "ACCEPTED":
      return utcMinute(invitation.acceptedAt);
    case "REVOKED":
      return utcMinute(invitation.revokedAt);
  }
}

export default async function InvitationsPage({
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
  const [applications, attributes] = await Promise.all([
    listApplications(prisma, access),
    listUserAttributes(prisma, access),
  ]);
  let error: string | null = null;
  let page: Awaited<ReturnType<typeof listGuestInvitations>> = {
    invitations: [],
    nextCursor: null,
  };
  const parsed = ZInvitationListQuery.safeParse(raw);
  if (!parsed.success) error = "These filters are not valid; clear them and try again.";
  else
    try {
      page = await listGuestInvitations(prisma, access, parsed.data);
    } catch (caught) {
      if (!isAppError(caught) || caught.code !== "invalid_input") throw caught;
      error = caught.message;
    }
  const filters = Object.fromEntries(
    FILTER_KEYS.flatMap((key) => (raw[key] ? [[key, raw[key]]] : [])),
  );
  const editable = can(access.role, "guestUsers.manage");
  const choices = applications.map((application) => ({
    id: application.id,
    name: application.name,
  }));
  const presetAttributes = attributes
    .map((attribute) => attribute.name)
    .filter((name) => name !== "email");

  return (
    <>
      <PageHeader
        title="Invitations"
        description="Invite people by email to an application. An invitation lets its address sign up even where self-service sign-up is off, and is accepted when the account is created."
      />
      {editable ? (
        <>
          <Card title="Invite a person">
            {choices.length ? (
              <InviteGuestForm tenant={slug} applications={choices} attributes={presetAttributes} />
            ) : (
              <p>Register an application first: invitations are to an application.</p>
            )}
          </Card>
          <Card title="Invite from a CSV file">
            <InviteFromCsvForm tenant={slug} applications={choices} />
          </Card>
        </>
      ) : null}
      <form
        method="get"
        role="search"
        aria-label="Invitations"
        className="mb-4 grid gap-4 md:grid-cols-4"
      >
        <div>
          <label htmlFor="filter-q" className="block text-sm font-medium">
            Address
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium">
            Status
          </label>
          <select
            id="filter-status"
            name="status"
            defaultValue={filters.status ?? ""}
            className={inputClass}
          >
            <option value="">Any</option>
            {ZInvitationStatus.options.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-application" className="block text-sm font-medium">
            Application
          </label>
          <select
            id="filter-application"
            name="applicationId"
            defaultValue={filters.applicationId ?? ""}
            className={inputClass}
          >
            <option value="">Any</option>
            {choices.map((application) => (
              <option key={application.id} value={application.id}>
                {application.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button
            type="submit"
            className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm"
          >
            Filter
          </button>
        </div>
      </form>
      {error ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      {page.invitations.length === 0 ? (
        <EmptyState>No invitations match.</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  Invited
                </th>
                <th scope="col" className="py-2 pr-4">
                  Application
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4">
                  Invited by
                </th>
                <th scope="col" className="py-2 pr-4">
                  Sent
                </th>
                {editable ? (
                  <th scope="col" className="py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {page.invitations.map((invitation) => (
                <tr key={invitation.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 break-all">
                    {invitation.acceptedGuestUserId ? (
                      <Link
                        href={`/t/${slug}/guest-users/${invitation.acceptedGuestUserId}`}
                        className="text-blue-800 underline"
                      >
                        {invitation.email}
                      </Link>
                    ) : (
                      invitation.email
                    )}
                  </td>
                  <td className="py-2 pr-4">{invitation.application.name}</td>
                  <td className="py-2 pr-4">
                    <span
                      className={`rounded px-2 py-0.5 font-medium ${STATUS_STYLES[invitation.status]}`}
                    >
                      {STATUS_LABELS[invitation.status]}
                    </span>
                    <span className="block text-xs text-slate-600">{statusNote(invitation)}</span>
                  </td>
                  <td className="py-2 pr-4 break-all">{invitation.invitedByName}</td>
                  <td className="py-2 pr-4">
                    {utcMinute(invitation.lastSentAt)}
                    {invitation.sentCount > 1 ? (
                      <span className="block text-xs text-slate-600">
                        {invitation.sentCount} times
                      </span>
                    ) : null}
                  </td>
                  {editable ? (
                    <td className="py-2">
                      <InvitationActions
                        tenant={slug}
                        id={invitation.id}
                        email={invitation.email}
                        canResend={
                          invitation.status === "PENDING" || invitation.status === "EXPIRED"
                        }
                        canRevoke={invitation.status === "PENDING"}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
        {raw.cursor ? (
          <Link href={`?${new URLSearchParams(filters)}`} className="text-blue-800 underline">
            First page
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link
            href={`?${new URLSearchParams({ ...filters, cursor: page.nextCursor })}`}
            className="text-blue-800 underline"
          >
            Next page
          </Link>
        ) : null}
      </nav>
    </>
  );
}
