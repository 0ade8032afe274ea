export * from "./client-certificate";
export * from "./connector-schemas";
export * from "./manage-api-connectors";
