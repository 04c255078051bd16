import type { CodegenConfig } from "@graphql-codegen/cli";

// Types are generated from schema.graphql (the contract) rather than written twice. Run `pnpm codegen`.
// Object types with resolvers are backed by the server's in-memory index records (mappers), so resolvers
// return index objects and the generated types check the fields resolved from them.
const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "packages/server/src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: "../context.js#GraphContext",
        mappers: {
          Entity: "../model.js#EntityRecord",
          Relation: "../model.js#RelationRecord",
          Document: "../model.js#DocumentRecord",
          Mention: "../model.js#MentionRecord",
          Evidence: "../model.js#EvidenceRecord",
          Community: "../model.js#CommunityRecord",
          GraphStats: "../model.js#StatsRecord",
          Job: "../model.js#JobRecord",
        },
      },
    },
    // The viewer's operations (explorer and widget): result and variable types only, no runtime code.
    "packages/viewer/src/api/generated/operations.ts": {
      documents: "packages/viewer/src/api/operations.ts",
      plugins: ["typescript-operations"],
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true },
    },
  },
};
export default config;
