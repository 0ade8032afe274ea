import { PrimaryButton } from "../form-controls";

/** The recovery codes, shown once, to keep somewhere safe. */
export function RecoveryCodesStep({
  codes,
  saved,
}: {
  codes: string[];
  saved: () => Promise<void>;
}) {
  return (
    <>
      <p className="mb-4 text-slate-700">
        If you lose your phone or passkey, each of these codes lets you in once instead. Keep them
        somewhere safe, such as a password manager. They are not shown again.
      </p>
      <ol
        aria-label="Recovery codes"
        className="mb-6 grid grid-cols-2 gap-2 rounded-lg bg-slate-100 p-4 font-mono text-slate-900"
      >
        {codes.map((code) => (
          <li key={code} className="select-all">
            {code}
          </li>
        ))}
      </ol>
      <form action={saved}>
        <PrimaryButton>I have saved these codes</PrimaryButton>
      </form>
    </>
  );
}
