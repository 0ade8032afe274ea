export * from "./identity-provider-schemas";
export * from "./manage-identity-providers";
