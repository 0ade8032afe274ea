export * from "./password-hash";
export * from "./random-secret";
export * from "./secret-box";
