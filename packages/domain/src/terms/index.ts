export * from "./terms-schemas";
export * from "./create-terms-document";
export * from "./publish-terms-version";
export * from "./list-terms-documents";
export * from "./terms-page";
export { type CurrentTerms } from "./current-terms";
