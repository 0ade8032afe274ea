export * from "./api-key-schemas";
export * from "./list-api-keys";
export * from "./create-api-key";
export * from "./revoke-api-key";
export * from "./authenticate-api-key";
