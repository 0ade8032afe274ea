import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Woodgrove supplier portal", template: "%s · Woodgrove supplier portal" },
  description:
    "Woodgrove's portal for suppliers: product submissions, availability and restocking.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-emerald-50 font-sans text-slate-900 antialiased">
        <header className="bg-emerald-800 text-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4">
            <Link href="/" className="text-lg font-bold">
              Woodgrove <span className="font-normal">supplier portal</span>
            </Link>
          </div>
        </header>
        {children}
      </body>
    </html>
  );
}
