export * from "./create-tenant";
export * from "./list-tenants-for-operator";
export * from "./create-tenant-as-operator";
export * from "./rename-tenant";
export * from "./update-external-collaboration-settings";
export * from "./tenant-schemas";
export * from "./tenant-overview";
export * from "./update-retention-settings";
