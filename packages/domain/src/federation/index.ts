export * from "./complete-federation";
export * from "./start-federation";
export * from "./upstream-claims";
export * from "./upstream-configuration";
export * from "./facebook";
