import { demoEnv } from "./config";

/** Stops the server at start-up, with the reason, when the configuration is wrong. */
export function verifyStartup(): void {
  try {
    demoEnv();
  } catch (error) {
    process.stderr.write(`demo: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
