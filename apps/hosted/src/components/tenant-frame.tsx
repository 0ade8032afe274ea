import type { ReactNode } from "react";
import type { TenantBranding } from "@guestlist/domain/branding/hosted";
import { brandStylesheetHref } from "./brand-colour";

/** A page that belongs to no tenant's branding (an unknown journey): Guestlist's own look. */
export const UNBRANDED: TenantBranding = {
  name: "Guestlist",
  logoUrl: null,
  faviconUrl: null,
  primaryColor: null,
  backgroundColor: null,
  customCssUrl: null,
};

/**
 * Every hosted page: the tenant's logo (or name), colours, favicon and
 * stylesheet, one card, mobile first. Colours and the admin's stylesheet are
 * stylesheets from our own origin, never inline: the Content-Security-Policy
 * allows them on every navigation.
 */
export function TenantFrame({
  tenant,
  title,
  children,
  picker,
  wide = false,
}: {
  tenant: TenantBranding;
  title: string;
  children: ReactNode;
  /** The language picker, on pages offered in several languages. */
  picker?: ReactNode;
  /** Pages with more on them (the account page) use more of a large screen. */
  wide?: boolean;
}) {
  return (
    <div className="tenant-frame min-h-screen bg-(--page-background) px-4 py-8 sm:py-16">
      <link
        rel="stylesheet"
        href={brandStylesheetHref(tenant.primaryColor, tenant.backgroundColor)}
        precedence="brand"
      />
      {tenant.customCssUrl ? (
        <link rel="stylesheet" href={tenant.customCssUrl} precedence="tenant" />
      ) : null}
      {tenant.faviconUrl ? <link rel="icon" href={tenant.faviconUrl} /> : null}
      <main
        className={`mx-auto w-full ${wide ? "max-w-2xl" : "max-w-md"} rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8`}
      >
        <header className="mb-6 flex flex-wrap items-start justify-between gap-3">
          {tenant.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- an uploaded file of any size; next/image would resize it on the server
            <img src={tenant.logoUrl} alt={tenant.name} className="h-10 w-auto max-w-60" />
          ) : (
            <p className="text-lg font-bold text-[var(--brand)]">{tenant.name}</p>
          )}
          {picker}
        </header>
        <h1 className="mb-4 text-2xl font-semibold text-slate-900">{title}</h1>
        {children}
      </main>
    </div>
  );
}
