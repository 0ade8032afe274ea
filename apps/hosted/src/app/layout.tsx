import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { isLocale, textDirection } from "@guestlist/domain/i18n/locales";
import "./globals.css";

// Every response carries a fresh CSP nonce, so no page may be prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Guestlist sign-in", template: "%s · Guestlist sign-in" },
  description: "Sign up and sign in to applications that use Guestlist.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} dir={isLocale(locale) ? textDirection(locale) : "ltr"}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
