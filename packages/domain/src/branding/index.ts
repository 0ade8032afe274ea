export * from "./update-tenant-branding";
