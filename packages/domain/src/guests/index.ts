export * from "./attribute-values";
export * from "./end-guest-sessions";
export * from "./export-guest-users";
export * from "./guest-details";
export * from "./guest-directory";
export * from "./guest-schemas";
export * from "./manage-guest-users";
