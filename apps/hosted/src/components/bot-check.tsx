"use client";

import { createElement, useEffect } from "react";
import "altcha/altcha.css";

/** The widget's own translations for our languages (English is built in). */
const WIDGET_LANGUAGES: Record<string, () => Promise<unknown>> = {
  de: () => import("altcha/i18n/de"),
  fr: () => import("altcha/i18n/fr-fr"),
  es: () => import("altcha/i18n/es-es"),
  nl: () => import("altcha/i18n/nl"),
  pt: () => import("altcha/i18n/pt-br"),
  ja: () => import("altcha/i18n/ja"),
  ar: () => import("altcha/i18n/ar"),
};
const WIDGET_LANGUAGE_CODES: Record<string, string> = { fr: "fr-fr", es: "es-es", pt: "pt-br" };

export interface BotCheckProps {
  /** The signed ALTCHA challenge, issued for this journey when the page was rendered. */
  challenge: unknown;
  locale: string;
  label: string;
}

/**
 * The flow's bot check inside a form: the ALTCHA widget solves its proof of
 * work as soon as the page loads and puts the solution in the form's
 * `altcha` field. Without JavaScript nothing renders, and the server lets
 * the send through after a short wait under stricter limits.
 */
export function BotCheck({ challenge, locale, label }: BotCheckProps) {
  useEffect(() => {
    // The widget without its inline styles and blob workers: its stylesheet is bundled above,
    // and its worker is a file of ours, so the pages' CSP needs no exception.
    void import("altcha/external").then(() => {
      $altcha.algorithms.set(
        "SHA-256",
        () => new Worker(new URL("./altcha-sha-worker.ts", import.meta.url), { type: "module" }),
      );
      return WIDGET_LANGUAGES[locale]?.();
    });
  }, [locale]);
  return (
    <div role="group" aria-label={label}>
      {createElement("altcha-widget", {
        challenge: JSON.stringify(challenge),
        auto: "onload",
        name: "altcha",
        language: WIDGET_LANGUAGE_CODES[locale] ?? locale,
        configuration: JSON.stringify({ hideFooter: true }),
      })}
    </div>
  );
}
