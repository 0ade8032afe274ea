export * from "./attribute-form";
export * from "./flow-layout";
