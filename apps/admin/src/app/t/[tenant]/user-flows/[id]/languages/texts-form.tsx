"use client";

import { useActionState } from "react";
import type { FlowTextKey } from "@guestlist/domain/flows";
import { StatusMessage, inputClass } from "@/components/ui";
import type { SubmittedResult } from "./actions";

type Text = FlowTextKey & { override: string | null };

const GROUP_NAMES: Record<string, string> = {
  flowAttributes: "This flow's questions",
  common: "Shared buttons and labels",
  language: "Language picker",
  page: "Expired and finished pages",
  titles: "Page titles",
  emailStep: "Sign-in and sign-up page",
  codeStep: "Code page",
  attributesStep: "Questions page",
  passwordStep: "Password page",
  consentStep: "Consent page",
  approvalStep: "Waiting for approval",
  termsStep: "Terms",
  stopStep: "Stop page",
  secondFactorStep: "Second step",
  enrolStep: "Setting up a second step",
  recoveryCodesStep: "Recovery codes",
  passkey: "Passkeys",
  samlPost: "Continuing to a SAML partner",
  messages: "Messages",
  limits: "Limits",
  validation: "Answers that cannot be accepted",
  attributes: "Built-in attribute names",
  account: "Account page (when this flow is the account page's)",
  accountNotices: "Account page: after an action",
  accountMessages: "Account page: messages",
  accountCodeEmail: "Account page: code email",
  invitationEmail: "Invitation email",
  approvalEmail: "Approval decision email",
  codeEmail: "Verification code email",
};

/**
 * Every text of the flow's pages in one language, grouped by page: each input
 * holds the text shown now (the flow's own wording, or the built-in one);
 * saving keeps as overrides only the texts that differ. Works without JavaScript.
 */
export function TextsForm({
  texts,
  languageName,
  readOnly,
  save,
}: {
  texts: Text[];
  languageName: string;
  readOnly: boolean;
  save: (previous: SubmittedResult | null, form: FormData) => Promise<SubmittedResult>;
}) {
  const [result, action, pending] = useActionState(save, null);
  const errors = (!result?.ok && result?.fieldErrors) || {};
  const groups = [...new Set(texts.map((text) => text.group))];
  const errorOf = (key: string) =>
    Object.entries(errors).find(([path]) => path.endsWith(`.${key}`))?.[1];
  return (
    <form action={action} noValidate>
      <fieldset disabled={readOnly} className="space-y-3">
        {groups.map((group) => {
          const inGroup = texts.filter((text) => text.group === group);
          const changed = inGroup.filter((text) => text.override !== null).length;
          const open = inGroup.some((text) => errorOf(text.key));
          return (
            <details key={group} open={open} className="rounded-md border border-slate-300 p-3">
              <summary className="cursor-pointer font-medium">
                {GROUP_NAMES[group] ?? group}
                {changed ? (
                  <span className="ml-2 text-sm font-normal text-slate-600">
                    ({changed} reworded)
                  </span>
                ) : null}
              </summary>
              <div className="mt-3 space-y-4">
                {inGroup.map((text) => {
                  const id = `text-${text.key}`;
                  const error = errorOf(text.key);
                  const value = result?.submitted?.[text.key] ?? text.override ?? text.builtIn;
                  return (
                    <div key={text.key}>
                      <label htmlFor={id} className="block text-sm font-medium">
                        <code className="text-xs">{text.key}</code>
                        {text.override !== null ? (
                          <span className="ml-2 text-xs font-normal text-blue-800">reworded</span>
                        ) : null}
                      </label>
                      {text.override !== null || text.format === "plain" ? (
                        <p id={`${id}-hint`} className="text-xs text-slate-600">
                          {text.format === "plain" ? "As the page layout says: " : "Built-in: "}
                          {text.builtIn || "(none)"}
                        </p>
                      ) : null}
                      <textarea
                        id={id}
                        name={text.key}
                        defaultValue={value}
                        rows={value.length > 90 ? 3 : 1}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={
                          [
                            text.override !== null || text.format === "plain" ? `${id}-hint` : null,
                            error ? `${id}-error` : null,
                          ]
                            .filter(Boolean)
                            .join(" ") || undefined
                        }
                        className={`${inputClass} font-normal`}
                      />
                      {error ? (
                        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            </details>
          );
        })}
        {/* Beside the button: after saving, the page stays where the person pressed it. */}
        <StatusMessage status={result} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-3"
        >
          Save {languageName} texts
        </button>
      </fieldset>
    </form>
  );
}
