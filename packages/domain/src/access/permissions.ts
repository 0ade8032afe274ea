import type { TenantRole } from "../generated/prisma/enums";

export { ROLE_LABELS } from "../members/member-schemas";

/** What an operator may change in a tenant. Every role may read everything in its tenants. */
export type Permission =
  | "tenant.manage"
  | "members.manage"
  | "settings.manage"
  | "identityProviders.manage"
  | "attributes.manage"
  | "userFlows.manage"
  | "applications.manage"
  | "apiConnectors.manage"
  | "guestUsers.manage"
  | "apiKeys.manage"
  | "webhooks.manage";

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
    "guestUsers.manage",
    "apiKeys.manage",
    "webhooks.manage",
  ],
  // Entra's "External ID User Flow Administrator": flows and what they are made of, apps and connectors.
  USER_FLOW_ADMIN: [
    "userFlows.manage",
    "applications.manage",
    "apiConnectors.manage",
    "webhooks.manage",
  ],
  ATTRIBUTE_ADMIN: ["attributes.manage"],
  IDENTITY_PROVIDER_ADMIN: ["identityProviders.manage"],
  // Entra's "User Administrator": the guest users themselves, not the configuration.
  USER_ADMIN: ["guestUsers.manage"],
  READER: [],
};

export function can(role: TenantRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
