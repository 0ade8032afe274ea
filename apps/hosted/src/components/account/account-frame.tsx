import { hostedBranding } from "@guestlist/domain/branding/hosted";
import type { ReactNode } from "react";
import type { Tenant } from "@guestlist/domain";
import { TenantFrame } from "../tenant-frame";
import { Notice } from "../form-controls";

const SECTIONS = [
  { page: "", label: "Your details" },
  { page: "security", label: "Sign-in and security" },
  { page: "data", label: "Your data" },
] as const;

export type AccountSection = (typeof SECTIONS)[number]["page"];

/**
 * Every account page: the tenant's frame, the sections as links (the current
 * one marked for assistive technology too), the notice of what was just done,
 * and a way out.
 */
export function AccountFrame({
  tenant,
  email,
  section,
  title,
  notice,
  children,
}: {
  tenant: Tenant;
  email: string;
  section: AccountSection;
  title: string;
  notice: string | null;
  children: ReactNode;
}) {
  const base = `/${tenant.slug}/account`;
  return (
    <TenantFrame wide tenant={hostedBranding(tenant)} title={title}>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-4">
        <p className="text-sm text-slate-700">
          Signed in as <strong className="break-all">{email}</strong>
        </p>
        <form action={`${base}/sign-out`} method="post">
          <button
            type="submit"
            className="font-medium text-[var(--brand)] underline underline-offset-2 focus-visible:outline-3"
          >
            Sign out
          </button>
        </form>
      </div>
      <nav aria-label="Your account" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {SECTIONS.map((entry) => {
            const current = entry.page === section;
            return (
              <li key={entry.page}>
                <a
                  href={entry.page ? `${base}/${entry.page}` : base}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-lg px-3 py-2 text-sm font-medium focus-visible:outline-3 ${
                    current
                      ? "bg-[var(--brand)] text-white"
                      : "border border-slate-300 text-slate-800 hover:bg-slate-50"
                  }`}
                >
                  {entry.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {notice ? <Notice>{notice}</Notice> : null}
      {children}
    </TenantFrame>
  );
}

/** A titled part of an account page. */
export function AccountSectionBlock({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
