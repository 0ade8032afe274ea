"use client";

import { useState, type ComponentProps, type ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {description ? <p className="mt-1 max-w-3xl text-slate-600">{description}</p> : null}
      </div>
      {actions}
    </div>
  );
}

export function Card({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section
      className="mb-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      aria-label={title}
    >
      {title ? <h2 className="mb-4 text-lg font-semibold">{title}</h2> : null}
      {children}
    </section>
  );
}

const buttonBase =
  "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium disabled:opacity-50";
export function Button({
  variant = "primary",
  ...props
}: ComponentProps<"button"> & { variant?: "primary" | "secondary" | "danger" }) {
  const look = {
    primary: "bg-blue-700 text-white hover:bg-blue-800",
    secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button type="button" {...props} className={`${buttonBase} ${look} ${props.className ?? ""}`} />
  );
}

/** A label, the control, an optional hint and the field's error, tied together for assistive technology. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: {
    id: string;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }) => ReactNode;
}) {
  const described =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described })}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Results of an action, announced to screen readers. */
export function StatusMessage({ status }: { status: { ok: boolean; message?: string } | null }) {
  return (
    <div role="status" aria-live="polite" className="min-h-6">
      {status?.message ? (
        <p
          className={`mb-3 rounded-md px-3 py-2 text-sm ${status.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
        >
          {status.message}
        </p>
      ) : null}
    </div>
  );
}

/** Destructive actions ask twice: the first click arms, the second confirms. */
export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const [armed, setArmed] = useState(false);
  return armed ? (
    <span className="inline-flex gap-2">
      <Button variant="danger" onClick={onConfirm} autoFocus>
        {confirmLabel}
      </Button>
      <Button variant="secondary" onClick={() => setArmed(false)}>
        Keep it
      </Button>
    </span>
  ) : (
    <Button variant="secondary" onClick={() => setArmed(true)}>
      {label}
    </Button>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-600">
      {children}
    </p>
  );
}
