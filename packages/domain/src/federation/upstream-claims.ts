/** Which upstream claim fills which attribute unless the provider's claim mapping says otherwise. */
export const DEFAULT_CLAIM_MAPPING: Record<string, string> = {
  email: "email",
  displayName: "name",
  givenName: "given_name",
  surname: "family_name",
};

/** Attribute values taken from the upstream ID token, to pre-fill the attribute page. */
export function prefillFromClaims(
  claims: Record<string, unknown>,
  mapping: Record<string, string>,
): Record<string, string | number | boolean> {
  const combined = { ...DEFAULT_CLAIM_MAPPING, ...mapping };
  const values: Record<string, string | number | boolean> = {};
  for (const [attribute, claim] of Object.entries(combined)) {
    const value = claims[claim];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      values[attribute] = value;
  }
  return values;
}
