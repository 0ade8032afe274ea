export * from "./rate-limiter";
