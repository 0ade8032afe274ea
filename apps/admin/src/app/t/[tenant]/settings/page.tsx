import type { Metadata } from "next";
import { can } from "@guestlist/domain/access";
import { Card, PageHeader } from "@/components/ui";
import { requireTenant } from "@/lib/session";
import { adminConfig } from "@/config";
import { listUserFlows } from "@guestlist/domain/flows";
import { accountUserFlowId } from "@guestlist/domain/my-account";
import { database } from "@/lib/database";
import { BrandingForm } from "./branding-form";
import { BrandingImageForm } from "@/components/branding/branding-image-form";
import { removeBrandingImageAction, uploadBrandingImageAction } from "./actions";
import { readBrandingAsset } from "@guestlist/domain/branding";
import { AccountPageForm, RenameTenantForm, RetentionForm, SettingsForm } from "./settings-forms";

async function brandingImageDataUrl(
  tenantId: string,
  kind: "logo" | "favicon",
  sha: string | null,
): Promise<string | null> {
  const asset = sha ? await readBrandingAsset(tenantId, kind, sha) : null;
  return asset ? `data:${asset.contentType};base64,${asset.body.toString("base64")}` : null;
}

export const metadata: Metadata = { title: "External collaboration" };
export const dynamic = "force-dynamic";

export default async function SettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const { tenant } = access;
  const [flows, automaticFlowId] = await Promise.all([
    listUserFlows(database(), access),
    accountUserFlowId(tenant.id),
  ]);
  const accountPageUrl = `${adminConfig().HOSTED_URL.replace(/\/+$/, "")}/${tenant.slug}/account`;
  // Shown as data: URLs: the hosted app serves uploads to its own pages only.
  const [logo, favicon] = await Promise.all([
    brandingImageDataUrl(tenant.id, "logo", tenant.brandingLogoSha),
    brandingImageDataUrl(tenant.id, "favicon", tenant.brandingFaviconSha),
  ]);
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
      <Card title="Branding">
        <BrandingForm
          tenant={slug}
          readOnly={!can(access.role, "settings.manage")}
          initial={{
            displayName: tenant.brandingDisplayName ?? "",
            primaryColor: tenant.brandingPrimaryColor ?? "",
            backgroundColor: tenant.brandingBackgroundColor ?? "",
            customCss: tenant.brandingCustomCss ?? "",
          }}
        />
        <BrandingImageForm
          id="logo"
          label="Logo"
          hint="Shown at the top of every hosted page instead of the name (at 40 pixels high). PNG, JPEG, GIF, WebP or SVG, 200 KB at most."
          currentUrl={logo}
          upload={uploadBrandingImageAction.bind(null, slug, "LOGO")}
          remove={removeBrandingImageAction.bind(null, slug, "LOGO")}
          readOnly={!can(access.role, "settings.manage")}
        />
        <BrandingImageForm
          id="favicon"
          label="Favicon"
          hint="The icon of the hosted pages' browser tab. ICO, PNG or SVG, 50 KB at most."
          currentUrl={favicon}
          upload={uploadBrandingImageAction.bind(null, slug, "FAVICON")}
          remove={removeBrandingImageAction.bind(null, slug, "FAVICON")}
          readOnly={!can(access.role, "settings.manage")}
        />
      </Card>
      <Card title="Account page">
        <p className="mb-3 max-w-2xl text-sm text-slate-700">
          Every guest can see, correct, download and delete what this tenant holds about them, and
          manage how they sign in, at{" "}
          <a className="break-all text-sky-800 underline" href={accountPageUrl}>
            {accountPageUrl}
          </a>
          . Link to it from your applications. Each flow&apos;s page layout says which answers
          people may change there.
        </p>
        <AccountPageForm
          tenant={slug}
          readOnly={!can(access.role, "settings.manage")}
          flows={flows.map(({ id, name, enabled }) => ({ id, name, enabled }))}
          automaticFlowName={
            tenant.accountUserFlowId
              ? null
              : (flows.find((flow) => flow.id === automaticFlowId)?.name ?? null)
          }
          initial={{ userFlowId: tenant.accountUserFlowId ?? "" }}
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
