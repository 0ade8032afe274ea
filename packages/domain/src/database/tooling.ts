// Development and operations tooling (embedded server, writing migrations):
// used by the CLI and the tests, never bundled into an app.
export * from "./create-migration";
export * from "./embedded-postgres";
