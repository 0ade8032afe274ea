export * from "./database-url";
export * from "./env-schemas";
export * from "./load-env";
export * from "./verify-startup";
