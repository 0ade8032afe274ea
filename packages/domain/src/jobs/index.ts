export * from "./job-queue";
export * from "./background-settings";
export * from "./start-background-worker";
