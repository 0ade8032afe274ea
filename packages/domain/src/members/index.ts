export * from "./member-schemas";
export * from "./list-members";
export * from "./invite-operator";
export * from "./find-operator-invitation";
export * from "./accept-operator-invitation";
export * from "./change-member-role";
export * from "./remove-member";
