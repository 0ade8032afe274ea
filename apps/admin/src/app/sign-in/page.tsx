import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { database } from "@/lib/database";
import { hasAnyOperator } from "@guestlist/domain/operators";
import { authOptions } from "@/lib/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage() {
  if (!(await hasAnyOperator(database()))) redirect("/setup");
  if ((await getServerSession(authOptions()))?.operatorId) redirect("/");
  return (
    <main className="mx-auto mt-20 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <p className="text-sm font-semibold tracking-wide text-blue-700 uppercase">Guestlist</p>
      <h1 className="mt-1 mb-6 text-2xl font-semibold">Sign in to the admin portal</h1>
      <SignInForm />
    </main>
  );
}
