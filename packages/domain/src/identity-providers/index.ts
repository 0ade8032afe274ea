export * from "./identity-provider-schemas";
export * from "./list-identity-providers";
export * from "./create-identity-provider";
export * from "./update-identity-provider";
export * from "./delete-identity-provider";
