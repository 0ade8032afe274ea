import { defineConfig } from "vitest/config";
import { databaseTestConfig } from "./src/testing/vitest-database-config.ts";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    ...databaseTestConfig(),
  },
});
