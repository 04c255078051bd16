// A graphql-codegen plugin (codegen.ts): puts `import type * as <name> from "<from>"` at the top of a generated
// file, for plugins that refer to the schema's types through `namespacedImportName` instead of declaring them.
export const plugin = (_schema, _documents, config) => ({
  prepend: [`import type * as ${config.namespacedImportName} from "${config.from}";`],
  content: "",
});
