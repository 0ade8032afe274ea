import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@guestlist/domain/access";
import { getApplication } from "@guestlist/domain/applications";
import { database } from "@/lib/database";
import { listUserFlows } from "@guestlist/domain/flows";
import { isAppError } from "@guestlist/domain/errors";
import { Card, PageHeader } from "@/components/ui";
import { adminConfig } from "@/config";
import { requireTenant } from "@/lib/session";
import { ApplicationDetail } from "./application-detail";
import { ApplicationBrandingForm } from "./application-branding-form";
import { BrandingImageForm } from "@/components/branding/branding-image-form";
import { removeApplicationLogoAction, uploadApplicationLogoAction } from "../actions";

export const metadata: Metadata = { title: "Application" };
export const dynamic = "force-dynamic";

export default async function ApplicationPage({
  params,
}: {
  params: Promise<{ tenant: string; id: string }>;
}) {
  const { tenant: slug, id } = await params;
  const access = await requireTenant(slug);
  const prisma = database();
  const application = await getApplication(prisma, access, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const flows = (await listUserFlows(prisma, access)).map(({ id, name }) => ({ id, name }));
  const branding = await prisma.applicationBranding.findFirst({
    where: { applicationId: application.id, tenantId: access.tenant.id },
  });
  const issuer = `${adminConfig().HOSTED_URL.replace(/\/+$/, "")}/${access.tenant.slug}`;
  const confidential = application.type === "CONFIDENTIAL";
  const nextAuth = `{
  id: "guestlist",
  name: "${access.tenant.name}",
  type: "oauth",
  wellKnown: "${issuer}/.well-known/openid-configuration",
  clientId: "${application.clientId}",${confidential ? `\n  clientSecret: process.env.GUESTLIST_CLIENT_SECRET,` : ""}
  authorization: { params: { scope: "openid profile email" } },
  idToken: true,
  checks: ["pkce", "state", "nonce"],
}`;
  // openid-client refuses plain http unless told: a trial issuer on http://localhost needs it.
  const insecure = issuer.startsWith("http:");
  const openidClient = `import * as client from "openid-client";

const config = await client.discovery(
  new URL("${issuer}"),
  "${application.clientId}",
  ${confidential ? "process.env.GUESTLIST_CLIENT_SECRET" : "undefined"},${
    insecure
      ? `
  undefined,
  // ${issuer} is plain http (a trial): remove this line once it is https.
  { execute: [client.allowInsecureRequests] },`
      : ""
  }
);`;
  return (
    <>
      <PageHeader title={application.name} description={`Client ID ${application.clientId}`} />
      <ApplicationDetail
        tenant={slug}
        readOnly={!can(access.role, "applications.manage")}
        application={{
          id: application.id,
          type: application.type,
          initial: {
            name: application.name,
            type: application.type,
            redirectUris: application.redirectUris.join("\n"),
            postLogoutRedirectUris: application.postLogoutRedirectUris.join("\n"),
            initiateLoginUri: application.initiateLoginUri ?? "",
            userFlowId: application.userFlowId ?? "",
          },
        }}
        flows={flows}
      />
      <Card title="Branding">
        <p className="mb-3 max-w-2xl text-sm text-slate-700">
          This application&apos;s own look on the sign-in pages, over the tenant&apos;s branding
          (External collaboration → Branding): what is left empty stays the tenant&apos;s.
        </p>
        <ApplicationBrandingForm
          tenant={slug}
          applicationId={application.id}
          readOnly={!can(access.role, "applications.manage")}
          initial={{
            displayName: branding?.displayName ?? "",
            primaryColor: branding?.primaryColor ?? "",
            backgroundColor: branding?.backgroundColor ?? "",
          }}
        />
        <BrandingImageForm
          id="logo"
          label="Logo"
          hint="Shown instead of the tenant's logo on this application's pages. PNG, JPEG, GIF, WebP or SVG, 200 KB at most."
          currentUrl={
            branding?.logoBytes && branding.logoContentType
              ? `data:${branding.logoContentType};base64,${Buffer.from(branding.logoBytes).toString("base64")}`
              : null
          }
          upload={uploadApplicationLogoAction.bind(null, slug, application.id)}
          remove={removeApplicationLogoAction.bind(null, slug, application.id)}
          readOnly={!can(access.role, "applications.manage")}
        />
      </Card>
      <Card title="Connect your app">
        <p className="text-sm">
          Discovery URL:{" "}
          <code className="rounded bg-slate-100 px-1 break-all">
            {issuer}/.well-known/openid-configuration
          </code>
        </p>
        <h3 className="mt-4 text-sm font-semibold">next-auth provider</h3>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          <code>{nextAuth}</code>
        </pre>
        <h3 className="mt-4 text-sm font-semibold">openid-client</h3>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          <code>{openidClient}</code>
        </pre>
      </Card>
    </>
  );
}
