import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { database } from "@/lib/database";
import { hasAnyOperator } from "@guestlist/domain/operators";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Create the first administrator" };
export const dynamic = "force-dynamic";

/** Shown only while no operator exists; afterwards it sends everyone to sign in. */
export default async function SetupPage() {
  if (await hasAnyOperator(database())) redirect("/sign-in");
  return (
    <main className="mx-auto mt-20 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">Guestlist</p>
      <h1 className="mt-1 mb-2 text-2xl font-semibold">Create the first administrator</h1>
      <p className="mb-6 text-sm text-slate-600">
        This page works once: the account you create here can then create tenants and invite others.
      </p>
      <SetupForm />
    </main>
  );
}
