import type { Metadata } from "next";
import { can } from "@guestlist/domain/access";
import { database } from "@/lib/database";
import { listIdentityProviders } from "@guestlist/domain/identity-providers";
import { Card, PageHeader } from "@/components/ui";
import { adminConfig } from "@/config";
import { requireTenant } from "@/lib/session";
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
  const callback = `${adminConfig().HOSTED_URL.replace(/\/+$/, "")}/${slug}/federation/callback`;
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
    </>
  );
}
