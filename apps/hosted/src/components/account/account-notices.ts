/** What the account page says after an action, named in its `done` query parameter (texts: accountNotices.*). */
export const ACCOUNT_NOTICES = [
  "profile-saved",
  "password-added",
  "password-changed",
  "password-removed",
  "identity-unlinked",
  "second-factor-removed",
  "consent-revoked",
  "email-code-sent",
  "email-changed",
  "deletion-code-sent",
  "language-changed",
] as const;

export type AccountNotice = (typeof ACCOUNT_NOTICES)[number];

export function noticeOf(done: string | string[] | undefined): AccountNotice | null {
  return typeof done === "string" && (ACCOUNT_NOTICES as readonly string[]).includes(done)
    ? (done as AccountNotice)
    : null;
}
