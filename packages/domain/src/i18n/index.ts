export * from "./locales";
export * from "./negotiate-locale";
export * from "./catalogue";
export * from "./text";
export * from "./localised-fields";
