import type { Metadata } from "next";
import { ROLE_LABELS, can } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { listMembers } from "@guestlist/domain/members";
import { Card, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { InviteForm, MemberRow } from "./member-forms";

export const metadata: Metadata = { title: "Members" };
export const dynamic = "force-dynamic";

export default async function MembersPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const { members, invitations } = await listMembers(database(), access);
  const editable = can(access.role, "members.manage");
  return (
    <>
      <PageHeader title="Members" description="Operators of this tenant and their roles." />
      <Card>
        <ul className="divide-y divide-slate-200">
          {members.map((member) => (
            <MemberRow
              key={member.id}
              tenant={slug}
              member={member}
              editable={editable && member.operatorId !== access.actor.id}
            />
          ))}
        </ul>
        {invitations.length ? (
          <>
            <h2 className="mt-6 mb-2 font-semibold">Pending invitations</h2>
            <ul className="text-sm">
              {invitations.map((invitation) => (
                <li key={invitation.id}>
                  {invitation.email} · {ROLE_LABELS[invitation.role]} · until{" "}
                  {invitation.expiresAt.toLocaleDateString()}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      {editable ? (
        <Card title="Invite an operator">
          <InviteForm tenant={slug} />
        </Card>
      ) : null}
    </>
  );
}
