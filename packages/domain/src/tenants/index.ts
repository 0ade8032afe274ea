export * from "./create-tenant";
export * from "./tenant-schemas";
