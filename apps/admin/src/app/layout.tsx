import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "../components/providers";
import "./globals.css";

// Every response carries a fresh CSP nonce, so no page may be prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Guestlist admin", template: "%s · Guestlist admin" },
  description: "Configure self-service sign-up user flows for your tenants.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
