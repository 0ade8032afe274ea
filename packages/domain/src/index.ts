export * from "./attributes";
export * from "./crypto";
export * from "./errors";
export * from "./tenants";
export { createLogger, maskSecrets, type Logger } from "./logging/logger";
export type * from "./generated/prisma/models";
export * from "./generated/prisma/enums";
