export * from "./migrator";
export * from "./prisma-client";
export * from "./repository-paths";
export * from "../generated/prisma/enums";
export * from "./database-down";
export * from "./tenant-change-notifications";
export { sqlPool } from "./sql-pool";
