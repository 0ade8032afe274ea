export * from "./reencrypt-secrets";
