export * from "./guarded-fetch";
export * from "./guarded-lookup";
export * from "./private-addresses";
