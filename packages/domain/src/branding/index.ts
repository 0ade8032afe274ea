export * from "./update-tenant-branding";
export * from "./upload-branding-image";
export * from "./remove-branding-image";
export * from "./read-branding-asset";
export * from "./hosted-branding";
export * from "./branding-assets";
export * from "./update-application-branding";
export * from "./set-application-logo";
