import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/dist-types/**",
      "**/generated/**",
      "graph-data/**",
      "packages/builder/models/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Every TypeScript file is in a tsconfig with noUnusedLocals and noUnusedParameters (`pnpm typecheck`), which
    // finds the same unused names (and "_"-prefixed locals too): the rule was a third of lint's time. It stays on for
    // the JavaScript files, which the type check does not read.
    files: ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"],
    rules: { "@typescript-eslint/no-unused-vars": "off" },
  },
);
