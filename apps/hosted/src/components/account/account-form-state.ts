/** What an account page form shows after the server answered it (its action's state). */
export interface AccountFormState {
  status: "idle" | "invalid" | "saved";
  /** A problem with the whole form. */
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was sent, to fill the form again. */
  values?: Record<string, unknown>;
  /** New recovery codes, shown once. */
  recoveryCodes?: string[];
}

export const NOTHING_SENT: AccountFormState = { status: "idle" };
