import { defineConfig } from "vitest/config";
import { databaseTestConfig } from "./testing/vitest-database-config.ts";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    ...databaseTestConfig(),
  },
});
