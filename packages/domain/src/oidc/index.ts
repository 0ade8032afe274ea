export * from "./client-metadata";
export * from "./guest-account";
export * from "./prisma-adapter";
export * from "./signing-keys";
export * from "./tenant-provider";
export * from "./token-lifetimes";
export * from "./finish-interaction";
export * from "./remembered-consent";
