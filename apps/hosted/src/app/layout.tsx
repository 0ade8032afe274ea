import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

// Every response carries a fresh CSP nonce, so no page may be prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Guestlist sign-in", template: "%s · Guestlist sign-in" },
  description: "Sign up and sign in to applications that use Guestlist.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
