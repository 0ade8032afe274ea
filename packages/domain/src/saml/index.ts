export { receiveSamlResponse, type ReceivedSamlResponse } from "./receive-saml-response";
export { completeSamlFederation } from "./complete-saml-federation";
export { tenantServiceProviderMetadata } from "./service-provider-metadata";
export { samlPostRequest } from "./saml-post-request";
export { createSamlIdentityProvider } from "./create-saml-identity-provider";
export { updateSamlIdentityProvider } from "./update-saml-identity-provider";
export { refreshSamlMetadata } from "./refresh-saml-metadata";
export { refreshAllSamlMetadata } from "./refresh-all-saml-metadata";
