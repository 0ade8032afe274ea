import type { Metadata } from "next";
import { getServerSession } from "next-auth";
import { ROLE_LABELS } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { findOperatorInvitation } from "@guestlist/domain/members";
import { authOptions } from "@/lib/auth";
import { AcceptInvitation } from "./accept-invitation";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOperatorInvitation(database(), token).catch(() => null);
  const session = await getServerSession(authOptions());
  return (
    <main className="mx-auto mt-20 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">Guestlist</p>
      {invitation ? (
        <>
          <h1 className="mt-1 mb-2 text-2xl font-semibold">Join {invitation.tenantName}</h1>
          <p className="mb-6 text-sm text-slate-700">
            You are invited as {ROLE_LABELS[invitation.role]} with the address{" "}
            <strong>{invitation.email}</strong>.
          </p>
          <AcceptInvitation
            token={token}
            signedInAs={session?.user?.email ?? null}
            accountExists={invitation.accountExists}
          />
        </>
      ) : (
        <>
          <h1 className="mt-1 mb-2 text-2xl font-semibold">This invitation cannot be used</h1>
          <p className="text-sm text-slate-700">
            It has expired or was already accepted. Ask the tenant&apos;s owner for a new one.
          </p>
        </>
      )}
    </main>
  );
}
