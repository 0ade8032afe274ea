/**
 * Token claim names for built-in attributes: the standard OIDC names where one
 * exists, Entra's names otherwise.
 */
export const BUILT_IN_CLAIM_NAMES: Record<string, string> = {
  email: "email",
  displayName: "name",
  givenName: "given_name",
  surname: "family_name",
  jobTitle: "jobTitle",
  streetAddress: "streetAddress",
  city: "city",
  state: "state",
  postalCode: "postalCode",
  country: "country",
};

/** Custom attributes appear as extension_<tenant extension app id>_<Name>, as in Entra. */
export function extensionClaimName(extensionAppId: string, attributeName: string): string {
  return `extension_${extensionAppId}_${attributeName}`;
}

export function claimNameFor(
  attribute: { name: string; builtIn: boolean },
  extensionAppId: string,
): string {
  return attribute.builtIn
    ? (BUILT_IN_CLAIM_NAMES[attribute.name] ?? attribute.name)
    : extensionClaimName(extensionAppId, attribute.name);
}
