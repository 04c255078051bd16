import type { CodegenConfig } from "@graphql-codegen/cli";

// Types are generated from schema.graphql (the contract) rather than written twice. Run `pnpm codegen`.
// The schema's own types (enums, inputs, objects, arguments) are generated once, in @newskg/graph-model
// (`@newskg/graph-model/schema`); the server's resolver types and the viewer's operation types refer to them.
// Object types with resolvers are backed by the server's in-memory index records (mappers), so resolvers
// return index objects and the generated types check the fields resolved from them.
const SCHEMA_TYPES = "@newskg/graph-model/schema";

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "packages/graph-model/src/generated/schemaTypes.ts": {
      plugins: ["typescript"],
      config: { enumsAsTypes: true, useTypeImports: true },
    },
    "packages/server/src/generated/graphql.ts": {
      plugins: [{ "scripts/codegenImport.mjs": { from: SCHEMA_TYPES } }, "typescript-resolvers"],
      config: {
        namespacedImportName: "Types",
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
          Subgraph: "../model.js#SubgraphRecord",
        },
      },
    },
    // The viewer's operations (explorer and widget): result and variable types only, no runtime code.
    "packages/viewer/src/api/generated/operations.ts": {
      documents: "packages/viewer/src/api/operations.ts",
      plugins: ["typescript-operations"],
      config: {
        importSchemaTypesFrom: `~${SCHEMA_TYPES}`,
        namespacedImportName: "Types",
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};
export default config;
