import type { Metadata } from "next";
import Link from "next/link";
import type { TGuestUserStatus } from "@guestlist/domain/guests/schemas";
import { notFound } from "next/navigation";
import { can } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { isAppError } from "@guestlist/domain/errors";
import { getGuestUser } from "@guestlist/domain/guests";
import { Card, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { EditAttributesForm, GuestUserActions } from "./guest-user-forms";
import { utcMinute } from "@/lib/format-time";

export const metadata: Metadata = { title: "Guest user" };
export const dynamic = "force-dynamic";

async function load(...args: Parameters<typeof getGuestUser>) {
  try {
    return await getGuestUser(...args);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

const STATE_TEXT: Record<TGuestUserStatus, string> = {
  ACTIVE: "Active",
  BLOCKED: "Blocked: cannot sign in",
  PENDING_APPROVAL: "Waiting for approval: cannot sign in yet",
  DECLINED: "Declined: cannot sign in",
};

export default async function GuestUserPage({
  params,
}: {
  params: Promise<{ tenant: string; id: string }>;
}) {
  const { tenant: slug, id } = await params;
  const access = await requireTenant(slug);
  const user = await load(database(), access, id);
  const editable = can(access.role, "guestUsers.manage");
  const facts: [string, string][] = [
    ["State", STATE_TEXT[user.status]],
    ...(user.approvalRequestedAt
      ? ([["Asked for approval", utcMinute(user.approvalRequestedAt)]] as [string, string][])
      : []),
    ...(user.approvalDecidedAt
      ? ([
          [
            "Decided",
            `${utcMinute(user.approvalDecidedAt)} by ${user.approvalDecidedBy ?? "someone"}`,
          ],
          ...(user.approvalReason ? [["Reason", user.approvalReason]] : []),
        ] as [string, string][])
      : []),
    ["Signed up", utcMinute(user.createdAt)],
    ["Last sign-in", utcMinute(user.lastSignInAt)],
    ["User flow", user.userFlow?.name ?? "None"],
    ["Application", user.application?.name ?? "None"],
    ["Email verified", user.emailVerified ? "Yes" : "No"],
    ["Password", user.hasPassword ? "Set" : "None"],
    ["Open sessions", String(user.openSessions)],
    [
      "Second factors",
      user.secondFactors.length
        ? user.secondFactors
            .map(
              (factor) =>
                `${factor.name}${factor.type === "PASSKEY" && factor.backedUp ? " (synced)" : ""}, added ${utcMinute(factor.createdAt)}`,
            )
            .join("; ")
        : "None",
    ],
    ["Recovery codes left", String(user.recoveryCodesLeft)],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/t/${slug}/guest-users`} className="text-blue-800 underline">
          Guest users
        </Link>
      </p>
      <PageHeader
        title={user.email}
        description={user.displayName ?? undefined}
        actions={
          editable ? (
            <a
              href={`/api/tenants/${slug}/guest-users/${user.id}/data`}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm"
              download
            >
              Download their data
            </a>
          ) : undefined
        }
      />
      <Card title="Overview">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-4">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-xs text-slate-600 uppercase">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {editable ? (
          <div className="mt-4">
            <GuestUserActions
              tenant={slug}
              userId={user.id}
              email={user.email}
              status={user.status}
            />
          </div>
        ) : null}
      </Card>
      <Card title="Attributes">
        <EditAttributesForm
          tenant={slug}
          userId={user.id}
          editable={editable}
          attributes={user.attributeValues.map((attribute) => ({
            name: attribute.name,
            dataType: attribute.dataType,
            description: attribute.description,
            value: attribute.value,
          }))}
        />
      </Card>
      <Card title="Identities">
        <ul className="list-disc pl-5">
          {user.identities.map((identity) => (
            <li key={identity.id}>
              {identity.identityProvider?.displayName ?? identity.issuer} ({identity.signInType}):{" "}
              {identity.issuerAssignedId}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Terms accepted">
        {user.termsAcceptances.length === 0 ? (
          <p className="text-slate-600">None.</p>
        ) : (
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Terms accepted</caption>
            <thead>
              <tr>
                {["Document", "Version", "Accepted", "From"].map((heading) => (
                  <th key={heading} scope="col" className="p-2 font-medium">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {user.termsAcceptances.map((acceptance) => (
                <tr key={acceptance.id} className="border-t border-slate-100">
                  <td className="p-2">
                    {acceptance.document.name}: {acceptance.termsVersion.title}
                  </td>
                  <td className="p-2">{acceptance.version}</td>
                  <td className="p-2">{utcMinute(acceptance.acceptedAt)}</td>
                  <td className="p-2">{acceptance.clientIp ?? "Unknown"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title="API connector calls during sign-up">
        {user.connectorCalls.length === 0 ? (
          <p className="text-slate-600">None.</p>
        ) : (
          <table className="min-w-full text-left text-sm">
            <thead>
              <tr>
                {["When", "Connector", "Step", "Attempt", "HTTP", "Outcome", "Message"].map((h) => (
                  <th key={h} scope="col" className="p-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {user.connectorCalls.map((call) => (
                <tr key={call.id} className="border-t border-slate-100">
                  <td className="p-2 whitespace-nowrap">{utcMinute(call.createdAt)}</td>
                  <td className="p-2">{call.connector.displayName}</td>
                  <td className="p-2">{call.step}</td>
                  <td className="p-2">{call.attempt}</td>
                  <td className="p-2">{call.httpStatus ?? "—"}</td>
                  <td className="p-2">{call.outcome}</td>
                  <td className="p-2">{call.userMessage ?? call.failureReason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title="Audit events">
        {user.auditEvents.length === 0 ? (
          <p className="text-slate-600">None.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {user.auditEvents.map((event) => (
              <li key={event.id}>
                <span className="text-slate-600">{utcMinute(event.createdAt)}</span> {event.action}{" "}
                by {event.actorType.toLowerCase().replace("_", " ")}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
