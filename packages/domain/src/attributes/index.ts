export * from "./attribute-schemas";
export * from "./built-in-attributes";
export * from "./claim-names";
export * from "./manage-user-attributes";
