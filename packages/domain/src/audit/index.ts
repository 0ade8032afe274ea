export * from "./list-audit-events";
export * from "./record-audit-event";
export * from "./record-change";
