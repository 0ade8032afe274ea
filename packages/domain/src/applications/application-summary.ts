/** The fields of an application that its audit records show before and after a change. */
export const applicationSummary = (a: {
  name: string;
  type: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  initiateLoginUri?: string | null;
  userFlowId: string | null;
}) => ({
  name: a.name,
  type: a.type,
  redirectUris: a.redirectUris,
  postLogoutRedirectUris: a.postLogoutRedirectUris,
  initiateLoginUri: a.initiateLoginUri ?? null,
  userFlowId: a.userFlowId,
});
