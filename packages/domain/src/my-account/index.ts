export {
  ACCOUNT_CLIENT_ID,
  ACCOUNT_SCOPES,
  accountCallbackUrl,
  accountClientMetadata,
  accountPagePath,
  accountSignedOutUrl,
} from "./account-client";
export { accountSessionStands, type AccountHolder } from "./account-holder";
export { accountUserFlowId } from "./account-user-flow";
export { loadMyAccount, ACCOUNT_GONE, type MyAccount } from "./my-account-view";
export { updateMyProfile, type ProfileUpdateResult } from "./update-my-profile";
export { myEditableFields } from "./my-editable-fields";
export { changeMyPassword, type PasswordChangeResult } from "./change-my-password";
export { removeMyPassword, LAST_WAY_IN } from "./remove-my-password";
export { unlinkMyIdentity } from "./unlink-my-identity";
export { revokeMyConsent } from "./revoke-my-consent";
export { signOutEverywhere } from "./sign-out-everywhere";
export { startEmailChange, type EmailChangeStart } from "./start-email-change";
export { confirmEmailChange, type EmailChangeResult } from "./confirm-email-change";
export { startAccountDeletion } from "./start-account-deletion";
export { confirmAccountDeletion, type AccountDeletionResult } from "./confirm-account-deletion";
export { exportMyData } from "./export-my-data";
export * from "./offer-my-authenticator-app";
export * from "./add-my-authenticator-app";
export * from "./add-my-passkey";
export * from "./remove-my-second-factor";
export * from "./renew-my-recovery-codes";
export * from "./my-language";
export * from "./change-my-language";
