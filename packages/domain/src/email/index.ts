export * from "./send-email";
export * from "./read-captured-emails";
