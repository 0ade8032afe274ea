export * from "./check-database";
