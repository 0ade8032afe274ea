import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

const prismaClientImports = {
  group: [
    "@prisma/client",
    "@prisma/client/*",
    "@prisma/adapter-pg",
    "**/generated/prisma",
    "**/generated/prisma/*",
  ],
  message: "Only packages/domain talks to the database; call a domain function instead.",
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/.turbo/**",
      "apps/hosted/dist/**",
      "**/generated/**",
      "**/next-env.d.ts",
      ".data/**",
      ".tools/**",
      "e2e/test-results/**",
      "e2e/playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules (floating and misused promises above all) read each file's own tsconfig.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: ["apps/*/tsconfig.json", "packages/*/tsconfig.json", "e2e", "bench"],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      "import-x/no-cycle": "error",
      // Test tooling stays in test files, test harnesses (testing/) and Vitest configs.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "vitest", message: "Import Vitest only from tests and testing/." }],
          patterns: [
            { group: ["vitest/*"], message: "Import Vitest only from tests and testing/." },
          ],
        },
      ],
      // Async functions without await implement async interfaces (adapters, handlers): that is fine.
      "@typescript-eslint/require-await": "off",
      // Event handlers in JSX may be async (react-hook-form's handleSubmit is): React ignores what they return.
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-console": "error",
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["apps/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "no-restricted-imports": ["error", { patterns: [prismaClientImports] }],
    },
    settings: { next: { rootDir: ["apps/admin", "apps/hosted", "apps/demo"] } },
  },
  {
    // The demo is what an app developer writes: a plain OIDC client, knowing nothing of Guestlist's insides.
    files: ["apps/demo/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prismaClientImports,
            {
              group: ["@guestlist/*"],
              message:
                "The demo app is a plain relying party; it must not use Guestlist's packages.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-dom",
                "react/*",
                "next",
                "next/*",
                "next-auth",
                "next-auth/*",
                "@guestlist/*",
              ],
              message:
                "The domain stays framework-free and never imports an app or the UI package.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/cli/**/*.ts", "e2e/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaClientImports] }] },
  },
  {
    // Only composition roots build the database client: each app's lib/, the hosted server,
    // the CLI, tests and benchmarks. Everything else receives it and calls domain use cases.
    files: ["apps/**/*.{ts,tsx}", "packages/domain/src/**/*.ts"],
    ignores: [
      "apps/*/src/lib/**",
      "apps/hosted/server.ts",
      "**/*.test.ts",
      "**/testing/**",
      "packages/domain/src/database/**",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "ImportDeclaration[source.value=/database/] ImportSpecifier[imported.name=/^(getPrisma|createPrismaClient)$/]",
          message:
            "Take the database client from the app's lib/database.ts (or as a parameter in the domain).",
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/testing/**/*.ts", "**/vitest.config.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    // Tests read the untyped JSON that the code under test answers; promise rules stay on.
    files: ["**/*.test.ts", "**/testing/**/*.ts", "e2e/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
);
