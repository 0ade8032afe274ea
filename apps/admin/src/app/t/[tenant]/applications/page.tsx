import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@guestlist/domain/access";
import { listApplications } from "@guestlist/domain/applications";
import { database } from "@/lib/database";
import { listUserFlows } from "@guestlist/domain/flows";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { NewApplication } from "./new-application";

export const metadata: Metadata = { title: "Applications" };
export const dynamic = "force-dynamic";

export default async function ApplicationsPage({
  params,
}: {
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const prisma = database();
  const [applications, flows] = await Promise.all([
    listApplications(prisma, access),
    listUserFlows(prisma, access).then((all) => all.map(({ id, name }) => ({ id, name }))),
  ]);
  return (
    <>
      <PageHeader
        title="Applications"
        description="The apps that sign people in through this tenant: its OpenID Connect clients."
      />
      <Card>
        {applications.length === 0 ? (
          <EmptyState>No applications yet. Register one below with its redirect URI.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {applications.map((application) => (
              <li key={application.id} className="flex items-center justify-between py-3">
                <Link
                  href={`/t/${slug}/applications/${application.id}`}
                  className="font-medium text-blue-800 hover:underline"
                >
                  {application.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {application.type === "PUBLIC" ? "Public" : "Confidential"} ·{" "}
                  {application.userFlow ? `flow "${application.userFlow.name}"` : "no flow"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {can(access.role, "applications.manage") ? (
        <Card title="Register an application">
          <NewApplication tenant={slug} flows={flows} />
        </Card>
      ) : null}
    </>
  );
}
