export * from "./send-email";
export * from "./read-captured-emails";
export * from "./deliver-email";
export * from "./sweep-email-outbox";
