import { defineConfig } from "vitest/config";
import { databaseTestConfig } from "./src/testing";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    ...databaseTestConfig(),
  },
});
