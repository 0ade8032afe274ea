export * from "./attribute-form";
export * from "./flow-layout";
export * from "./flow-schemas";
export * from "./manage-user-flows";
export * from "./user-flow-editor";
