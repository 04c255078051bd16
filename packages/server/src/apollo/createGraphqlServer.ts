// The Apollo Server instance: schema.graphql + resolvers, introspection and the local landing page (Sandbox) on,
// and the limits (depth, cost, token count) that keep abusive operations from hurting other clients.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { unwrapResolverError } from "@apollo/server/errors";
import { StoreError } from "@newskg/store";
import { GraphQLError } from "../graphqlRuntime.js";
import type { GraphContext } from "../context.js";
import { depthLimitRule } from "../limits/depthLimitRule.js";
import { queryCost } from "../limits/queryCost.js";
import { LIMITS } from "../limits.js";
import { facetsQueryResolvers, relationDateResolvers } from "../resolvers/facetsResolvers.js";
import { mutationResolvers } from "../resolvers/mutationResolvers.js";
import { queryResolvers } from "../resolvers/queryResolvers.js";
import { subgraphResolvers } from "../resolvers/subgraphResolvers.js";
import { typeResolvers } from "../resolvers/typeResolvers.js";
import { withOfflineConsole } from "./offlineConsole.js";

/** The contract lives at the repository root; the server reads it rather than keeping a copy. */
export const SCHEMA_PATH = new URL("../../../../schema.graphql", import.meta.url);

const costLimitPlugin = (maxCost: number): ApolloServerPlugin<GraphContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, operation, document, request, contextValue }) {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions.flatMap((d) => (d.kind === "FragmentDefinition" ? [[d.name.value, d]] : [])),
        );
        const cost = queryCost(schema, operation, fragments, request.variables ?? {}, maxCost);
        if (cost > maxCost)
          throw new GraphQLError(
            `Query is too expensive: its estimated cost exceeds ${maxCost} (lists multiply by their first/limit). Ask for smaller pages.`,
            { extensions: { code: "QUERY_TOO_EXPENSIVE", http: { status: 400 } } },
          );
        // Job status changes without a new graph version, so operations asking for it are never cached.
        contextValue.response.cacheable =
          operation.operation === "query" &&
          operation.selectionSet.selections.every((sel) => sel.kind === "Field" && sel.name.value !== "job");
      },
    };
  },
});

export function createGraphqlServer(): ApolloServer<GraphContext> {
  return new ApolloServer<GraphContext>({
    typeDefs: readFileSync(SCHEMA_PATH, "utf8"),
    resolvers: {
      Query: { ...queryResolvers, ...facetsQueryResolvers },
      Mutation: mutationResolvers,
      ...typeResolvers,
      Relation: { ...typeResolvers.Relation, ...relationDateResolvers },
      Subgraph: subgraphResolvers,
    },
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [depthLimitRule(LIMITS.queryDepth)],
    plugins: [
      withOfflineConsole(ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })),
      costLimitPlugin(LIMITS.queryCost),
      // No HTTP cache hints are used; the default cache-control plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Internal error details stay in the server log, not in responses.
    includeStacktraceInErrorResponses: false,
    // The store failing under a request (PostgreSQL gone, the file replaced by something else) is said as such,
    // with the store's own message (passwords redacted), not as an internal error.
    formatError: (formatted, error) => {
      const original = unwrapResolverError(error);
      if (!(original instanceof StoreError)) return formatted;
      // A store that is only busy (its reader threads or connections all taken, their queue full) is not down.
      if (original.code === "BUSY")
        return { ...formatted, message: original.message, extensions: { code: "BUSY", store: original.code } };
      return {
        ...formatted,
        message: `The graph store is unavailable: ${original.message}`,
        extensions: { code: "STORE_UNAVAILABLE", store: original.code },
      };
    },
  });
}
