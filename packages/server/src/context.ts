// Per-request context handed to every resolver. The snapshot is taken when the request starts, so every answer of
// a request comes from one build's caches; a mutation replaces it with the rebuilt graph before it returns.
import { GraphQLError } from "./graphqlRuntime.js";
import { GraphData } from "./graph/graphData.js";
import type { GraphSnapshot } from "./graph/graphSource.js";
import type { MutationService } from "./mutations/mutationService.js";

export interface GraphContext {
  snapshot: GraphSnapshot;
  /** Absolute origin of this server as the client reached it, for export URLs. */
  baseUrl: string;
  /** Bearer token sent with the request, if any. */
  bearerToken: string | null;
  /** performance.now() value after which long-running resolvers give up. */
  deadline: number;
  mutations: MutationService;
  /**
   * Set when the operation is a query, so its response may be cached (see http/responseCache.ts). A holder object,
   * because Apollo hands resolvers and plugins a shallow copy of the context.
   */
  response: { cacheable: boolean };
  /** The request's loaders over the snapshot (made on first use, remade when a mutation swaps the snapshot). */
  data?: GraphData;
}

export function graphData(context: GraphContext): GraphData {
  const { snapshot } = context;
  if (!snapshot.reader || !snapshot.counts)
    throw new GraphQLError(`No graph is loaded: ${snapshot.error ?? "unknown reason"}`, {
      extensions: { code: "GRAPH_UNAVAILABLE" },
    });
  if (!context.data || context.data.snapshot !== snapshot) context.data = new GraphData(snapshot);
  return context.data;
}

/** Called inside loops that can run long on a big graph. */
export function checkDeadline(context: GraphContext): void {
  if (performance.now() > context.deadline)
    throw new GraphQLError("The query took too long and was stopped; ask for less (smaller first/limit/depth).", {
      extensions: { code: "TIMEOUT" },
    });
}
