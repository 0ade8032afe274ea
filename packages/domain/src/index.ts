export * from "./attributes";
export * from "./crypto";
export * from "./errors";
export * from "./tenants";
export { createLogger, maskSecrets, type Logger } from "./logging/logger";
export { withLogContext, currentLogContext, type LogContext } from "./logging/log-context";
export type {
  Application,
  GuestIdentity,
  GuestUser,
  IdentityProvider,
  Journey,
  Operator,
  Tenant,
  UserAttribute,
  UserFlow,
} from "./generated/prisma/client";
export * from "./generated/prisma/enums";
