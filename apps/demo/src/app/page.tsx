import Link from "next/link";
import { getServerSession } from "next-auth";
import { authOptions } from "../auth";
import { AuthButtons } from "../components/auth-buttons";

export const dynamic = "force-dynamic";

export default async function DemoHome() {
  const session = await getServerSession(authOptions());
  return (
    <main className="mx-auto max-w-5xl px-6 py-16">
      <h1 className="text-4xl font-bold text-emerald-900">Supply Woodgrove Groceries</h1>
      <p className="mt-6 max-w-2xl text-lg leading-relaxed">
        Submit products, keep availability up to date and follow restocking orders for
        Woodgrove&apos;s stores. Suppliers sign up themselves with the email address or account they
        already use; no invitation needed.
      </p>
      {session ? (
        <p className="mt-8">
          <Link href="/portal" className="font-semibold text-emerald-800 underline">
            Go to your supplier portal
          </Link>
        </p>
      ) : (
        <AuthButtons />
      )}
      <p className="mt-10 max-w-2xl text-base text-slate-600">
        This is Guestlist&apos;s sample application: an ordinary OpenID Connect client of the tenant
        &quot;woodgrove&quot; on the hosted pages.
      </p>
    </main>
  );
}
