import type { Metadata } from "next";
import { can } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { listIdentityProviders } from "@guestlist/domain/identity-providers";
import { Card, PageHeader } from "@/components/ui";
import { adminConfig } from "@/config";
import { requireTenant } from "@/lib/session";
import { SamlIdentityProviderForm } from "./saml-provider-form";
import { IdentityProviderForm, IdentityProviderRow } from "./identity-provider-forms";

export const metadata: Metadata = { title: "Identity providers" };
export const dynamic = "force-dynamic";

export default async function IdentityProvidersPage({
  params,
}: {
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const providers = await listIdentityProviders(database(), access);
  const editable = can(access.role, "identityProviders.manage");
  const hosted = adminConfig().HOSTED_URL.replace(/\/+$/, "");
  const callback = `${hosted}/${slug}/federation/callback`;
  const samlMetadata = `${hosted}/${slug}/saml/metadata`;
  return (
    <>
      <PageHeader
        title="Identity providers"
        description="The accounts people can sign up with. User flows choose among them."
      />
      <Card>
        <ul className="divide-y divide-slate-200">
          {providers.map((provider) => (
            <IdentityProviderRow
              key={provider.id}
              tenant={slug}
              editable={editable}
              provider={{
                id: provider.id,
                type: provider.type,
                displayName: provider.displayName,
                enabled: provider.enabled,
                issuer: provider.issuer ?? "",
                clientId: provider.clientId ?? "",
                scopes: provider.scopes.join(" "),
                claimMapping: provider.claimMapping as Record<string, string>,
                trustsEmailVerified: provider.trustsEmailVerified,
                hasClientSecret: provider.hasClientSecret,
                usedBy: provider.usedBy,
                saml:
                  provider.type === "SAML"
                    ? {
                        id: provider.id,
                        displayName: provider.displayName,
                        enabled: provider.enabled,
                        entityId: provider.issuer ?? "",
                        ssoUrl: provider.samlSsoUrl ?? "",
                        ssoBinding: provider.samlSsoBinding ?? "",
                        metadataUrl: provider.discoveryUrl ?? "",
                        certificateExpiries: provider.samlCertificateExpiries.map(
                          (expiry) => expiry?.toISOString() ?? null,
                        ),
                        claimMapping: provider.claimMapping as Record<string, string>,
                        trustsEmailVerified: provider.trustsEmailVerified,
                        clockSkewSeconds: provider.samlClockSkewSeconds,
                        emailDomains: provider.emailDomains,
                      }
                    : undefined,
              }}
            />
          ))}
        </ul>
      </Card>
      {editable ? (
        <Card title="Add an identity provider">
          <p className="mb-4 text-sm text-slate-600">
            Register this redirect URI with Microsoft, Google, Facebook or your OpenID Connect
            provider: <code className="rounded bg-slate-100 px-1 break-all">{callback}</code>
          </p>
          <IdentityProviderForm tenant={slug} />
        </Card>
      ) : null}
      {editable ? (
        <Card title="Add a SAML 2.0 identity provider">
          <p className="mb-2 text-sm text-slate-600">
            For partners on AD FS, Okta, Ping, Shibboleth or Entra. Give them this tenant&apos;s
            service provider metadata (entity id, assertion consumer service and certificate):{" "}
            <a className="break-all text-sky-800 underline" href={samlMetadata}>
              {samlMetadata}
            </a>
          </p>
          <p className="mb-4 text-sm text-slate-600">
            Then add their metadata here, and offer the provider in a user flow.
          </p>
          <SamlIdentityProviderForm tenant={slug} />
        </Card>
      ) : null}
    </>
  );
}
