"use client";

import { signIn } from "next-auth/react";

const primary = "rounded-lg bg-emerald-700 px-5 py-3 font-semibold text-white hover:bg-emerald-800";
const secondary =
  "rounded-lg border border-emerald-700 bg-white px-5 py-3 font-semibold text-emerald-800 hover:bg-emerald-50";

export function AuthButtons() {
  return (
    <div className="mt-8 flex flex-wrap gap-4">
      <button
        type="button"
        className={primary}
        onClick={() => void signIn("guestlist", { callbackUrl: "/portal" }, { prompt: "create" })}
      >
        Request your supplier account
      </button>
      <button
        type="button"
        className={secondary}
        onClick={() => void signIn("guestlist", { callbackUrl: "/portal" })}
      >
        Sign in
      </button>
    </div>
  );
}
