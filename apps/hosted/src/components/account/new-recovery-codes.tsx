import { RecoveryCodeList } from "../recovery-code-list";

/** After a change that made recovery codes: what was done, and the codes, once. */
export function NewRecoveryCodes({ done, codes }: { done: string; codes?: string[] }) {
  return (
    <div role="status">
      <p className="mb-3 font-medium text-slate-900">{done}</p>
      {codes?.length ? (
        <>
          <p className="mb-3 text-slate-700">
            Your recovery codes: each lets you in once if you lose your second step. Keep them
            somewhere safe; they are not shown again.
          </p>
          <RecoveryCodeList codes={codes} />
        </>
      ) : null}
    </div>
  );
}
