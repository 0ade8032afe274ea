export * from "./api-key-schemas";
export * from "./manage-api-keys";
