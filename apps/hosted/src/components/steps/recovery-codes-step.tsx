import { PrimaryButton } from "../form-controls";
import { RecoveryCodeList } from "../recovery-code-list";

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
      <RecoveryCodeList codes={codes} />
      <form action={saved}>
        <PrimaryButton>I have saved these codes</PrimaryButton>
      </form>
    </>
  );
}
