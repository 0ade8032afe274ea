export * from "./abuse-limits";
export * from "./rate-limiter";
