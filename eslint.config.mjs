import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
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
      "**/generated/**",
      "**/next-env.d.ts",
      ".data/**",
      ".tools/**",
      "e2e/test-results/**",
      "e2e/playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
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
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
);
