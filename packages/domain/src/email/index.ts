export * from "./send-email";
