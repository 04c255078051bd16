import type { CodegenConfig } from "@graphql-codegen/cli";

// Types are generated from schema.graphql (the contract) rather than written twice. Run `pnpm codegen`.
const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "packages/server/src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: { useIndexSignature: true, enumsAsTypes: true, useTypeImports: true, contextType: "../context.js#GraphContext" },
    },
  },
};
export default config;
