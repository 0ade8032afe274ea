export * from "./built-in-attributes";
