export * from "./application-schemas";
export * from "./list-applications";
export * from "./get-application";
export * from "./create-application";
export * from "./update-application";
export * from "./assign-application-to-flow";
export * from "./rotate-client-secret";
export * from "./delete-application";
