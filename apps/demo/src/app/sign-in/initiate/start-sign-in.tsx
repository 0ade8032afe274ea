"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef } from "react";

const start = (loginHint?: string) =>
  signIn("guestlist", { callbackUrl: "/portal" }, loginHint ? { login_hint: loginHint } : {});

/** Starts the sign-in at once; the button is there if the browser did not follow. */
export function StartSignIn({ loginHint }: { loginHint?: string }) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start(loginHint);
  }, [loginHint]);
  return (
    <button
      type="button"
      className="mt-6 rounded-lg bg-emerald-700 px-5 py-3 font-semibold text-white hover:bg-emerald-800"
      onClick={() => void start(loginHint)}
    >
      Continue to sign in
    </button>
  );
}
