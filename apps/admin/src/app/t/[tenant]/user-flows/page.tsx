import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@guestlist/domain/access";
import { attributeLabel } from "@guestlist/domain/attributes";
import { database } from "@/lib/database";
import { listUserFlows, newUserFlowChoices } from "@guestlist/domain/flows";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { NewUserFlowForm } from "./new-user-flow-form";

export const metadata: Metadata = { title: "User flows" };
export const dynamic = "force-dynamic";

export default async function UserFlowsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const prisma = database();
  const [flows, { identityProviders: providers, attributes }] = await Promise.all([
    listUserFlows(prisma, access),
    newUserFlowChoices(prisma, access),
  ]);
  return (
    <>
      <PageHeader
        title="User flows"
        description="A user flow is the sign-up experience: which identity providers, which questions, which applications."
      />
      <Card>
        {flows.length === 0 ? (
          <EmptyState>
            No user flows yet. Create one below, then assign applications to it.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {flows.map((flow) => (
              <li key={flow.id} className="flex items-center justify-between py-3">
                <Link
                  href={`/t/${slug}/user-flows/${flow.id}`}
                  className="font-medium text-blue-800 hover:underline"
                >
                  {flow.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {flow.enabled ? "Enabled" : "Disabled"} · {flow._count.attributes} question
                  {flow._count.attributes === 1 ? "" : "s"} · {flow._count.applications} application
                  {flow._count.applications === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {can(access.role, "userFlows.manage") ? (
        <Card title="New user flow">
          <NewUserFlowForm
            tenant={slug}
            providers={providers.map((p) => ({ id: p.id, label: p.displayName }))}
            attributes={attributes.map((a) => ({
              id: a.id,
              label: a.builtIn ? `${attributeLabel(a.name)} (${a.name})` : `${a.name} (custom)`,
            }))}
          />
        </Card>
      ) : null}
    </>
  );
}
