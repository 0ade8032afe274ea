"use client";

import { useActionState, useTransition } from "react";
import { StatusMessage } from "@/components/ui";
import type { ActionResult } from "@/lib/action-result";

/**
 * Upload (or remove) the logo or favicon of the hosted pages, with what it
 * looks like now. The file is checked on the server: its type from its bytes,
 * its size.
 */
export function BrandingImageForm({
  id,
  label,
  hint,
  currentUrl,
  upload,
  remove,
  readOnly,
}: {
  id: string;
  label: string;
  hint: string;
  currentUrl: string | null;
  upload: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  remove: () => Promise<ActionResult>;
  readOnly: boolean;
}) {
  const [result, action, pending] = useActionState(upload, null);
  const [removing, startRemoving] = useTransition();
  const error = result && !result.ok ? (result.fieldErrors?.[id] ?? result.message) : null;
  return (
    <form action={action} className="mb-6 max-w-md">
      {result?.ok ? <StatusMessage status={result} /> : null}
      <fieldset disabled={readOnly}>
        <label htmlFor={`branding-${id}`} className="block text-sm font-medium">
          {label}
        </label>
        <p id={`branding-${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
        {currentUrl ? (
          <div className="my-2 inline-flex items-center gap-3 rounded border border-slate-300 bg-slate-50 p-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- the tenant's upload, served by the hosted app */}
            <img src={currentUrl} alt={`Current ${label.toLowerCase()}`} className="h-10 w-auto" />
          </div>
        ) : (
          <p className="my-2 text-sm text-slate-600">None uploaded.</p>
        )}
        <input
          id={`branding-${id}`}
          name="file"
          type="file"
          accept="image/*,.ico"
          aria-describedby={`branding-${id}-hint${error ? ` branding-${id}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className="block text-sm"
        />
        {error ? (
          <p id={`branding-${id}-error`} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="mt-2 flex gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-3"
          >
            Upload {label.toLowerCase()}
          </button>
          {currentUrl ? (
            <button
              type="button"
              disabled={removing}
              onClick={() => startRemoving(async () => void (await remove()))}
              className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-3"
            >
              Remove {label.toLowerCase()}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
