import type { ReactNode } from "react";
import { ROLE_LABELS } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { listTenantsForOperator } from "@guestlist/domain/tenants";
import { NavLink } from "@/components/shell/nav-link";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { TenantSwitcher } from "@/components/shell/tenant-switcher";
import { requireTenant } from "@/lib/session";

const SECTIONS = [
  ["", "Overview"],
  ["/settings", "External collaboration"],
  ["/identity-providers", "Identity providers"],
  ["/attributes", "User attributes"],
  ["/user-flows", "User flows"],
  ["/terms", "Terms of use"],
  ["/applications", "Applications"],
  ["/api-connectors", "API connectors"],
  ["/webhooks", "Webhooks"],
  ["/guest-users", "Guest users"],
  ["/invitations", "Invitations"],
  ["/members", "Members"],
  ["/api-keys", "API keys"],
  ["/audit", "Audit log"],
] as const;

export default async function TenantLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const tenants = await listTenantsForOperator(database(), access.actor.id);
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <nav
        aria-label="Tenant"
        className="border-b border-slate-200 bg-white p-4 md:w-64 md:border-r md:border-b-0"
      >
        <p className="mb-3 text-sm font-semibold tracking-wide text-blue-700 uppercase">
          Guestlist admin
        </p>
        <TenantSwitcher
          current={slug}
          tenants={tenants.map((t) => ({ slug: t.slug, name: t.name }))}
        />
        <p className="mt-1 mb-4 text-xs text-slate-600">Your role: {ROLE_LABELS[access.role]}</p>
        <ul className="space-y-1">
          {SECTIONS.map(([path, label]) => (
            <li key={path}>
              <NavLink href={`/t/${slug}${path}`} exact={path === ""}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
        <div className="mt-6">
          <SignOutButton />
        </div>
      </nav>
      <main className="flex-1 p-6 md:p-10">{children}</main>
    </div>
  );
}
