import type { Metadata } from "next";
import { can } from "@guestlist/domain/access";
import { Card, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { adminConfig } from "@/config";
import { RenameTenantForm, RetentionForm, SettingsForm } from "./settings-forms";

export const metadata: Metadata = { title: "External collaboration" };
export const dynamic = "force-dynamic";

export default async function SettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const { tenant } = access;
  return (
    <>
      <PageHeader
        title="External collaboration"
        description="Whether people can sign themselves up through user flows, from which email domains, and how long what sign-in leaves behind is kept."
      />
      <Card title="Self-service sign-up">
        <SettingsForm
          tenant={slug}
          readOnly={!can(access.role, "settings.manage")}
          initial={{
            selfServiceSignUpEnabled: tenant.selfServiceSignUpEnabled,
            signUpDomainPolicy: tenant.signUpDomainPolicy,
            signUpDomains: tenant.signUpDomains.join("\n"),
          }}
        />
      </Card>
      <Card title="Data retention">
        <RetentionForm
          tenant={slug}
          readOnly={!can(access.role, "settings.manage")}
          connectorDefaultDays={adminConfig().GUESTLIST_CONNECTOR_CALL_RETENTION_DAYS}
          initial={{
            signInHistoryRetentionDays: String(tenant.signInHistoryRetentionDays ?? ""),
            connectorCallRetentionDays: String(tenant.connectorCallRetentionDays ?? ""),
          }}
        />
      </Card>
      <Card title="Tenant name">
        <RenameTenantForm
          tenant={slug}
          name={tenant.name}
          readOnly={!can(access.role, "tenant.manage")}
        />
      </Card>
    </>
  );
}
