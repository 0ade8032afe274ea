import { hostedBranding } from "@guestlist/domain/branding/hosted";
import type { Metadata } from "next";
import { findTenantBySlug } from "@guestlist/domain/oidc";
import { notFound } from "next/navigation";
import { database } from "@/lib/database";
import { TenantFrame } from "@/components/tenant-frame";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Signed out" };

const MESSAGES = {
  deleted: "Your account was deleted. Everything we held about you is gone.",
  everywhere: "You are signed out everywhere. Every application will ask you to sign in again.",
  "not-signed-in":
    "You were not signed in. The sign-in was cancelled, expired or started in another browser.",
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
  const message =
    typeof reason === "string" && Object.hasOwn(MESSAGES, reason)
      ? MESSAGES[reason as keyof typeof MESSAGES]
      : "You are signed out of your account.";
  return (
    <TenantFrame
      tenant={hostedBranding(tenant)}
      title={reason === "deleted" ? "Account deleted" : "Signed out"}
    >
      <p className="mb-6 text-slate-700">{message}</p>
      {reason === "deleted" ? null : (
        <a
          href={`/${tenant.slug}/account/sign-in`}
          className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-[var(--brand)] px-4 py-2 font-medium text-white focus-visible:outline-3"
        >
          Sign in to your account
        </a>
      )}
    </TenantFrame>
  );
}
