export * from "./authenticate-operator";
export * from "./create-first-operator";
export * from "./operator-schemas";
