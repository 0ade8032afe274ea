export * from "./check-database";
export * from "./health-report";
