import Link from "next/link";
import { ROLE_LABELS } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { listTenantsForOperator } from "@guestlist/domain/tenants";
import { SignOutButton } from "../components/shell/sign-out-button";
import { Card, EmptyState, PageHeader } from "../components/ui";
import { requireOperator } from "../lib/session";
import { CreateTenantForm } from "./create-tenant-form";

export const dynamic = "force-dynamic";

export default async function TenantsPage() {
  const operatorId = await requireOperator();
  const tenants = await listTenantsForOperator(database(), operatorId);
  return (
    <div className="mx-auto max-w-4xl px-6 py-10">
      <div className="mb-8 flex items-center justify-between">
        <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">
          Guestlist admin
        </p>
        <SignOutButton />
      </div>
      <PageHeader
        title="Your tenants"
        description="Each tenant has its own identity providers, attributes, user flows, applications and guest users."
      />
      <Card>
        {tenants.length === 0 ? (
          <EmptyState>You are not a member of any tenant yet. Create one below.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {tenants.map((tenant) => (
              <li key={tenant.id} className="flex items-center justify-between py-3">
                <Link
                  href={`/t/${tenant.slug}`}
                  className="font-medium text-blue-800 underline-offset-2 hover:underline"
                >
                  {tenant.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {tenant.slug} · {ROLE_LABELS[tenant.role]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Create a tenant">
        <CreateTenantForm />
      </Card>
    </div>
  );
}
