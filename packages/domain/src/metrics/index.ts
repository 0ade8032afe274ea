export * from "./guestlist-metrics";
export * from "./process-metrics";
export * from "./metrics-access";
