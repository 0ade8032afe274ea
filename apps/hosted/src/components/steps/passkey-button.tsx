"use client";

import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  startAuthentication,
  startRegistration,
} from "@simplewebauthn/browser";
import { useEffect, useState, useSyncExternalStore, useTransition } from "react";
import { useTranslations } from "next-intl";
import { button } from "../form-controls";

const noSubscription = () => () => undefined;

interface Props {
  label: string;
  /** "authenticate" uses an existing passkey; "register" makes a new one. */
  ceremony: "authenticate" | "register";
  options: () => Promise<{ options: unknown } | { message: string }>;
  answer: (response: unknown) => Promise<unknown>;
  /** What the server answered, for a page that stays (the account page); journey pages navigate instead. */
  onAnswered?: (result: unknown) => void;
}

/**
 * A passkey needs the browser's WebAuthn API, so JavaScript: without it (or
 * in a browser without passkeys) the button is replaced by a sentence saying
 * so, and the page's other ways stay usable.
 */
export function PasskeyButton({ label, ceremony, options, answer, onAnswered }: Props) {
  // null while rendered on the server (or with JavaScript off), then what the browser can do.
  const supported = useSyncExternalStore(
    noSubscription,
    () => browserSupportsWebAuthn(),
    () => null,
  );
  const t = useTranslations("passkey");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!supported)
    return (
      <p className="text-sm text-slate-600">
        {supported === false ? t("unsupported") : t("needsJavaScript")}
      </p>
    );

  const run = () =>
    startTransition(async () => {
      setProblem(null);
      const issued = await options();
      if ("message" in issued) return setProblem(issued.message);
      let response: unknown;
      try {
        response =
          ceremony === "register"
            ? await startRegistration({ optionsJSON: issued.options as never })
            : await startAuthentication({ optionsJSON: issued.options as never });
      } catch (error) {
        return setProblem(
          error instanceof Error && error.name === "NotAllowedError" ? t("notUsed") : t("failed"),
        );
      }
      // The server checks it and sends the page on to wherever the sign-in is now.
      const answered = await answer(response);
      onAnswered?.(answered);
    });

  return (
    <div>
      <button
        type="button"
        onClick={run}
        disabled={pending}
        className={`${button} w-full border border-[var(--brand)] bg-white text-[var(--brand)]`}
      >
        {label}
      </button>
      {problem ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Passkeys offered in the email field's autofill (WebAuthn conditional UI):
 * the browser lists this site's passkeys under the field, and choosing one
 * signs in. Nothing shows where the browser cannot; pressing the button
 * instead cancels this quiet request.
 */
export function PasskeyAutofill({ options, answer }: Pick<Props, "options" | "answer">) {
  useEffect(() => {
    let active = true;
    void (async () => {
      if (!(await browserSupportsWebAuthnAutofill())) return;
      const issued = await options();
      if (!active || "message" in issued) return;
      const response = await startAuthentication({
        optionsJSON: issued.options as never,
        useBrowserAutofill: true,
      }).catch(() => null);
      if (active && response) await answer(response);
    })();
    return () => {
      active = false;
    };
  }, [options, answer]);
  return null;
}
