export * from "./describe-schema";
export * from "./test-database";
export * from "./vitest-database-config";
