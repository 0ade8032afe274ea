import type { TenantRole } from "../generated/prisma/enums";

/** What an operator may change in a tenant. Every role may read everything in its tenants. */
export type Permission =
  | "tenant.manage"
  | "members.manage"
  | "settings.manage"
  | "identityProviders.manage"
  | "attributes.manage"
  | "userFlows.manage"
  | "applications.manage"
  | "apiConnectors.manage";

const ROLE_PERMISSIONS: Record<TenantRole, readonly Permission[]> = {
  OWNER: [
    "tenant.manage",
    "members.manage",
    "settings.manage",
    "identityProviders.manage",
    "attributes.manage",
    "userFlows.manage",
    "applications.manage",
    "apiConnectors.manage",
  ],
  // Entra's "External ID User Flow Administrator": flows and what they are made of, apps and connectors.
  USER_FLOW_ADMIN: ["userFlows.manage", "applications.manage", "apiConnectors.manage"],
  ATTRIBUTE_ADMIN: ["attributes.manage"],
  IDENTITY_PROVIDER_ADMIN: ["identityProviders.manage"],
  READER: [],
};

export const ROLE_LABELS: Record<TenantRole, string> = {
  OWNER: "Owner",
  USER_FLOW_ADMIN: "User flow administrator",
  ATTRIBUTE_ADMIN: "Attribute administrator",
  IDENTITY_PROVIDER_ADMIN: "Identity provider administrator",
  READER: "Reader",
};

export function can(role: TenantRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
