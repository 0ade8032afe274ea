export * from "./create-tenant";
export * from "./manage-tenants";
export * from "./tenant-schemas";
export * from "./tenant-overview";
