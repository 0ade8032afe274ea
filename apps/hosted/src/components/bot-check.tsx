"use client";

import { createElement, useEffect } from "react";

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
  /** The response's CSP nonce: the widget stamps it on the styles it adds. */
  nonce: string;
  locale: string;
  label: string;
}

/**
 * The flow's bot check inside a form: the ALTCHA widget solves its proof of
 * work as soon as the page loads and puts the solution in the form's
 * `altcha` field. Without JavaScript nothing renders, and the server lets
 * the send through after a short wait under stricter limits.
 */
export function BotCheck({ challenge, nonce, locale, label }: BotCheckProps) {
  useEffect(() => {
    void import("altcha").then(() => WIDGET_LANGUAGES[locale]?.());
  }, [locale]);
  return (
    <div role="group" aria-label={label} className="min-h-16">
      <meta name="csp-nonce" content={nonce} />
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
