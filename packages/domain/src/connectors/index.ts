export * from "./client-certificate";
export * from "./connector-schemas";
export * from "./manage-api-connectors";
export * from "./connector-contract";
export * from "./invoke-api-connector";
export * from "./outbound-request";
export * from "./connector-calls";
