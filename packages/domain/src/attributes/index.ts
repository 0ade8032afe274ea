export * from "./attribute-schemas";
export * from "./built-in-attributes";
export * from "./claim-names";
export * from "./list-user-attributes";
export * from "./create-user-attribute";
export * from "./update-user-attribute";
export * from "./delete-user-attribute";
