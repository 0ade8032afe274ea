import Link from "next/link";
import { database } from "@/lib/database";
import { tenantOverview } from "@guestlist/domain/tenants";
import { Card, PageHeader } from "@/components/ui";
import { adminConfig } from "@/config";
import { requireTenant } from "@/lib/session";

export const dynamic = "force-dynamic";

export default async function TenantOverview({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const access = await requireTenant(slug);
  const { tenant } = access;
  const counts = await tenantOverview(database(), access);
  const issuer = `${adminConfig().HOSTED_URL.replace(/\/+$/, "")}/${tenant.slug}`;
  return (
    <>
      <PageHeader
        title={tenant.name}
        description="Let people you cannot list in advance sign themselves up for your applications."
      />
      <Card title="Set-up">
        <ol className="list-decimal space-y-2 pl-5 text-sm">
          <li>
            <Link className="text-blue-800 underline" href={`/t/${slug}/settings`}>
              Self-service sign-up
            </Link>{" "}
            is {tenant.selfServiceSignUpEnabled ? "on" : "off"}.
          </li>
          <li>
            <Link className="text-blue-800 underline" href={`/t/${slug}/attributes`}>
              {counts.customAttributes} custom attribute{counts.customAttributes === 1 ? "" : "s"}
            </Link>{" "}
            to ask people about.
          </li>
          <li>
            <Link className="text-blue-800 underline" href={`/t/${slug}/user-flows`}>
              {counts.userFlows} user flow{counts.userFlows === 1 ? "" : "s"}
            </Link>
            .
          </li>
          <li>
            <Link className="text-blue-800 underline" href={`/t/${slug}/applications`}>
              {counts.applications} application{counts.applications === 1 ? "" : "s"}
            </Link>{" "}
            using them; {counts.guestUsers} guest user{counts.guestUsers === 1 ? "" : "s"} so far.
          </li>
        </ol>
      </Card>
      <Card title="OpenID Connect">
        <p className="text-sm">
          Issuer: <code className="rounded bg-slate-100 px-1">{issuer}</code>
        </p>
        <p className="mt-1 text-sm">
          Discovery:{" "}
          <code className="rounded bg-slate-100 px-1 break-all">
            {issuer}/.well-known/openid-configuration
          </code>
        </p>
      </Card>
    </>
  );
}
