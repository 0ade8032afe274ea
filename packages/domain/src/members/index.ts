export * from "./manage-members";
export * from "./member-schemas";
