import {
  IDENTITY_PROVIDER_PRESETS,
  trustsEmailByDefault,
  type ZIdentityProviderInput,
} from "./identity-provider-schemas";

/** The columns an admin's input sets; fields that do not apply to the provider's type are cleared. */
export function identityProviderFields(data: ReturnType<typeof ZIdentityProviderInput.parse>) {
  const federated = IDENTITY_PROVIDER_PRESETS[data.type].federated;
  return {
    displayName: data.displayName,
    enabled: data.enabled,
    issuer: data.type === "OIDC" ? data.issuer : null,
    clientId: federated ? data.clientId : null,
    scopes: data.scopes.split(/[\s,]+/).filter(Boolean),
    claimMapping: data.type === "OIDC" ? data.claimMapping : {},
    trustsEmailVerified: federated && (data.trustsEmailVerified ?? trustsEmailByDefault(data.type)),
  };
}
