import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { samlPostRequest } from "@guestlist/domain/saml";
import { TenantFrame } from "@/components/tenant-frame";
import { journeySettings } from "@/config";
import { federationCookie, sameBrowser } from "@/server/federation-binding";
import { AutoPostForm } from "./auto-post-form";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("samlPost"))("pageTitle"), referrer: "no-referrer" };
}

/**
 * The HTTP-POST binding: a page whose form posts the signed AuthnRequest to
 * the identity provider, at once with JavaScript, with one button without.
 * Only the browser that started the sign-in sees it.
 */
export default async function SamlPostPage({
  params,
}: {
  params: Promise<{ tenant: string; uid: string }>;
}) {
  const { tenant, uid } = await params;
  const request = await samlPostRequest(tenant, uid);
  const cookie = (await cookies()).get(
    federationCookie(tenant, journeySettings().hostedBaseUrl).name,
  )?.value;
  if (!request || !sameBrowser(cookie, request.state)) redirect(`/${tenant}/interaction/${uid}`);
  const t = await getTranslations("samlPost");
  return (
    <TenantFrame tenant={request.tenant} title={t("title", { provider: request.providerName })}>
      <p className="mb-6 text-slate-700">{t("body")}</p>
      <AutoPostForm url={request.url} fields={request.fields} />
    </TenantFrame>
  );
}
