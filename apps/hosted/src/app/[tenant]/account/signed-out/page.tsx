import { hostedBranding } from "@guestlist/domain/branding/hosted";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findTenantBySlug } from "@guestlist/domain/oidc";
import { notFound } from "next/navigation";
import { database } from "@/lib/database";
import { TenantFrame } from "@/components/tenant-frame";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("signedOutTitle") };
}

const MESSAGES = {
  deleted: "deleted",
  everywhere: "signedOutEverywhere",
  "not-signed-in": "notSignedIn",
} as const;

interface Props {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Where the account page ends: after signing out, deleting the account, or a sign-in that did not finish. */
export default async function SignedOutPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const tenant = await findTenantBySlug(database(), slug);
  if (!tenant) notFound();
  const { reason } = await searchParams;
  const t = await getTranslations("account");
  const message = t(
    typeof reason === "string" && Object.hasOwn(MESSAGES, reason)
      ? MESSAGES[reason as keyof typeof MESSAGES]
      : "signedOut",
  );
  return (
    <TenantFrame
      tenant={hostedBranding(tenant)}
      title={reason === "deleted" ? t("deletedTitle") : t("signedOutTitle")}
    >
      <p className="mb-6 text-slate-700">{message}</p>
      {reason === "deleted" ? null : (
        <a
          href={`/${tenant.slug}/account/sign-in`}
          className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-[var(--brand)] px-4 py-2 font-medium text-white focus-visible:outline-3"
        >
          {t("signInAgain")}
        </a>
      )}
    </TenantFrame>
  );
}
