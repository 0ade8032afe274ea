"use client";

import { useActionState } from "react";
import { StatusMessage, inputClass } from "@/components/ui";
import type { SubmittedResult } from "./actions";

/** Texts from a JSON file (or pasted), as the download writes them; each language in it replaces that language's wording. */
export function ImportTextsForm({
  importTexts,
  readOnly,
}: {
  importTexts: (previous: SubmittedResult | null, form: FormData) => Promise<SubmittedResult>;
  readOnly: boolean;
}) {
  const [result, action, pending] = useActionState(importTexts, null);
  const problems = !result?.ok && result?.fieldErrors ? Object.entries(result.fieldErrors) : [];
  return (
    <form action={action} className="max-w-xl">
      <StatusMessage status={result} />
      {problems.length ? (
        <ul className="mb-3 list-disc pl-5 text-sm text-red-700">
          {problems.slice(0, 20).map(([path, message]) => (
            <li key={path}>
              <code>{path}</code>: {message}
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset disabled={readOnly}>
        <label htmlFor="texts-file" className="block text-sm font-medium">
          JSON file
        </label>
        <input
          id="texts-file"
          name="file"
          type="file"
          accept="application/json,.json"
          className="mb-3 block text-sm"
        />
        <label htmlFor="texts-json" className="block text-sm font-medium">
          Or paste JSON
        </label>
        <p id="texts-json-hint" className="text-xs text-slate-600">
          {
            'Like {"de": {"emailStep.sendCode": "Code anfordern"}}. Languages not in it keep their texts.'
          }
        </p>
        <textarea
          id="texts-json"
          name="json"
          rows={4}
          defaultValue={result?.submitted?.json ?? ""}
          aria-describedby="texts-json-hint"
          className={`${inputClass} font-mono`}
        />
        <button
          type="submit"
          disabled={pending}
          className="mt-3 rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-3"
        >
          Import texts
        </button>
      </fieldset>
    </form>
  );
}
