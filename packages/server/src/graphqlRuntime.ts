// graphql-js values (errors, type guards) for the server's own code, from the same file Apollo Server gets.
// graphql 16 ships CJS (index.js) and ESM (index.mjs) without an exports map: Node resolves "graphql" to the CJS
// build, while bundler-style resolvers (Vite/vitest) pick the ESM one, which makes two instances and breaks
// `instanceof` checks ("Cannot use GraphQLObjectType from another module or realm"). Naming the file pins one.
export { GraphQLError, Kind, getNamedType, getNullableType, isListType, isObjectType } from "graphql/index.js";
