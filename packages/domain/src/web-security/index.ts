export * from "./escape-html";
export * from "./security-headers";
export * from "./cross-site-request";
