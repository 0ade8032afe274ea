export * from "./email-address";
export * from "./storable-text";
