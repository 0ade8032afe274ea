export * from "./password-policy";
