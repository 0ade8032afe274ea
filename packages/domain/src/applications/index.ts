export * from "./application-schemas";
export * from "./manage-applications";
