import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/auth";
import { issuerUrl } from "@/config";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your supplier portal" };

const HIDDEN = new Set(["iat", "exp", "nonce", "at_hash", "aud", "iss", "auth_time", "sid"]);

export default async function Portal() {
  const session = await getServerSession(authOptions());
  if (!session?.claims) redirect("/");
  const claims = Object.entries(session.claims).filter(([name]) => !HIDDEN.has(name));
  const name = typeof session.claims.name === "string" ? session.claims.name : session.claims.email;
  return (
    <main className="mx-auto max-w-5xl px-6 py-16">
      <h1 className="text-3xl font-bold text-emerald-900">
        Welcome, {typeof name === "string" ? name : "supplier"}
      </h1>
      <p className="mt-4 text-lg">
        You are signed in to the Woodgrove supplier portal. This is what your ID token says about
        you:
      </p>
      <table className="mt-6 w-full max-w-3xl border-collapse text-left">
        <caption className="sr-only">Claims in your ID token</caption>
        <thead>
          <tr className="border-b border-emerald-800">
            <th scope="col" className="py-2 pr-4">
              Claim
            </th>
            <th scope="col" className="py-2">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map(([claim, value]) => (
            <tr key={claim} className="border-b border-emerald-200">
              <th scope="row" className="py-2 pr-4 font-mono text-sm font-normal break-all">
                {claim}
              </th>
              <td className="py-2 break-all" data-claim={claim}>
                {typeof value === "string" ? value : JSON.stringify(value)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-8">
        {/* The account page Guestlist hosts for every tenant: people see, correct and delete their data there. */}
        <a
          href={`${issuerUrl()}/account`}
          className="font-semibold text-emerald-800 underline underline-offset-2"
        >
          Manage your account
        </a>
      </p>
      <form action="/api/sign-out" method="post" className="mt-8">
        <button
          type="submit"
          className="rounded-lg bg-emerald-700 px-5 py-3 font-semibold text-white hover:bg-emerald-800"
        >
          Sign out
        </button>
      </form>
    </main>
  );
}
