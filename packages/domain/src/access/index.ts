export * from "./permissions";
export * from "./tenant-access";
