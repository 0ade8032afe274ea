import type { Metadata } from "next";
import Link from "next/link";
import { issuerUrl } from "@/config";
import { StartSignIn } from "./start-sign-in";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Signing you in" };

/**
 * OpenID Connect third-party initiated login (Core §4): the tenant's hosted
 * pages send invited people here with `iss` and `login_hint`. A relying party
 * starts a sign-in only for an issuer it already trusts, and then with its
 * own state, nonce and PKCE, as for any sign-in.
 */
export default async function InitiateSignIn({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { iss, login_hint: loginHint } = await searchParams;
  if (iss !== issuerUrl()) {
    return (
      <main className="mx-auto max-w-xl px-6 py-16">
        <h1 className="text-2xl font-bold text-emerald-900">We cannot start this sign-in</h1>
        <p className="mt-4">
          The link came from a sign-in service this portal does not use. Go to the{" "}
          <Link href="/" className="font-semibold text-emerald-800 underline">
            home page
          </Link>{" "}
          and sign in from there.
        </p>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold text-emerald-900">Signing you in…</h1>
      <StartSignIn loginHint={typeof loginHint === "string" ? loginHint : undefined} />
    </main>
  );
}
