export * from "./built-in-attributes";
export * from "./claim-names";
