import { useLocale, useTranslations } from "next-intl";
import { isLocale, type Locale } from "@guestlist/domain/i18n/locales";
import { LanguagePicker } from "../language-picker";
import { EmailAddress } from "../email-address";
import type { AccountNotice } from "./account-notices";
import { hostedBranding } from "@guestlist/domain/branding/hosted";
import type { ReactNode } from "react";
import type { Tenant } from "@guestlist/domain";
import { TenantFrame } from "../tenant-frame";
import { Notice } from "../form-controls";

const SECTIONS = [
  { page: "", label: "detailsTitle" },
  { page: "security", label: "securityTitle" },
  { page: "data", label: "dataTitle" },
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
  language,
  children,
}: {
  tenant: Tenant;
  email: string;
  section: AccountSection;
  title: string;
  notice: AccountNotice | null;
  /** The picker's action, and the languages it offers. */
  language: { change: (form: FormData) => Promise<void>; offered: Locale[]; page: string };
  children: ReactNode;
}) {
  const t = useTranslations("account");
  const notices = useTranslations("accountNotices");
  const locale = useLocale();
  const base = `/${tenant.slug}/account`;
  return (
    <TenantFrame
      wide
      tenant={hostedBranding(tenant)}
      title={title}
      picker={
        <LanguagePicker
          current={isLocale(locale) ? locale : "en"}
          offered={language.offered}
          change={language.change}
          page={language.page}
        />
      }
    >
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-4">
        <p className="text-sm text-slate-700">
          {t.rich("signedInAs", { address: email, email: () => <EmailAddress value={email} /> })}
        </p>
        <form action={`${base}/sign-out`} method="post">
          <button
            type="submit"
            className="font-medium text-[var(--brand)] underline underline-offset-2 focus-visible:outline-3"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
      <nav aria-label={t("navLabel")} className="mb-6">
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
                  {t(entry.label)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {notice ? <Notice>{notices(notice)}</Notice> : null}
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
