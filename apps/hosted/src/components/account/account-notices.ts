/** What the account page says after an action, named in its `done` query parameter. */
export const ACCOUNT_NOTICES = {
  "profile-saved": "Your details were saved.",
  "password-added":
    "Your password was added. You can now sign in with it. Every other browser was signed out.",
  "password-changed": "Your password was changed. Every other browser was signed out.",
  "password-removed": "Your password was removed.",
  "identity-unlinked": "That sign-in method was unlinked from your account.",
  "second-factor-removed": "That second step was removed from your account.",
  "consent-revoked": "The application no longer has access. It will ask you again if you use it.",
  "email-code-sent": "We sent a code to your new address. Enter it below to confirm the change.",
  "email-changed": "Your email address was changed. Sign in with the new address from now on.",
  "deletion-code-sent":
    "We sent a code to your email address. Enter it below to delete your account.",
} as const;

export type AccountNotice = keyof typeof ACCOUNT_NOTICES;

export function noticeOf(done: string | string[] | undefined): string | null {
  return typeof done === "string" && Object.hasOwn(ACCOUNT_NOTICES, done)
    ? ACCOUNT_NOTICES[done as AccountNotice]
    : null;
}
