export * from "./escape-html";
export * from "./security-headers";
export * from "./cross-site-request";
export * from "./forwarded-client-ip";
