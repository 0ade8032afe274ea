import type { ReactNode } from "react";

export function StopStep({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <>
      <p role="alert" className="mb-6 text-slate-800">
        {message}
      </p>
      {children}
    </>
  );
}
