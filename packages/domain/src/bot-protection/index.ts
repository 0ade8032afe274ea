export * from "./bot-challenge";
export * from "./bot-limits";
export * from "./pass-bot-gate";
