import type { ReactNode } from "react";
import { brandStylesheetHref } from "./brand-colour";

export interface TenantBranding {
  name: string;
  logoUrl: string | null;
  primaryColor: string | null;
}

/** Every hosted page: the tenant's name or logo and colour, one card, mobile first. */
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
    <div className="tenant-frame min-h-screen bg-slate-50 px-4 py-8 sm:py-16">
      {/* A stylesheet, not a nonced <style>: it stays allowed after client-side navigation. */}
      <link rel="stylesheet" href={brandStylesheetHref(tenant.primaryColor)} precedence="brand" />
      <main
        className={`mx-auto w-full ${wide ? "max-w-2xl" : "max-w-md"} rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8`}
      >
        <header className="mb-6 flex flex-wrap items-start justify-between gap-3">
          {tenant.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- tenant logos are arbitrary external URLs
            <img src={tenant.logoUrl} alt={tenant.name} className="h-10 w-auto" />
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
