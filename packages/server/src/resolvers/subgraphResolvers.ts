// Subgraph.nodeColumns / edgeColumns: a subgraph's rows as one list per field, built in one pass. graphql-js
// resolves an object field by field (an info object, a resolver call and a completion each); a hub's neighbourhood
// as objects is ~70k of those, hundreds of milliseconds and most of it garbage, where a list of scalars is not.
import type { SubgraphResolvers } from "../generated/graphql.js";
import { checkRange, LIMITS } from "../limits.js";

export const subgraphResolvers: Pick<SubgraphResolvers, "nodeColumns" | "edgeColumns"> = {
  nodeColumns: ({ nodes }) => {
    const n = nodes.length;
    const cols = {
      id: new Array<string>(n),
      label: new Array<string>(n),
      type: new Array<(typeof nodes)[number]["type"]>(n),
      degree: new Array<number>(n),
      pagerank: new Array<number>(n),
      community: new Array<number>(n),
      x: new Array<number>(n),
      y: new Array<number>(n),
      size: new Array<number>(n),
    };
    nodes.forEach((e, i) => {
      cols.id[i] = e.id;
      cols.label[i] = e.label;
      cols.type[i] = e.type;
      cols.degree[i] = e.degree;
      cols.pagerank[i] = e.pagerank;
      cols.community[i] = e.community;
      cols.x[i] = e.x;
      cols.y[i] = e.y;
      cols.size[i] = e.size;
    });
    return cols;
  },
  edgeColumns: ({ edges }, { touching, notTouching, offset, first }) => {
    const skip = checkRange("offset", offset ?? 0, 0, LIMITS.neighborhoodEdges);
    const max = checkRange("first", first ?? LIMITS.neighborhoodEdges, 0, LIMITS.neighborhoodEdges);
    const matching = edges.filter(
      (r) =>
        (touching == null || r.sourceId === touching || r.targetId === touching) &&
        (notTouching == null || (r.sourceId !== notTouching && r.targetId !== notTouching)),
    );
    const page = matching.slice(skip, skip + max);
    return {
      totalCount: matching.length,
      id: page.map((r) => r.id),
      sourceId: page.map((r) => r.sourceId),
      targetId: page.map((r) => r.targetId),
      category: page.map((r) => r.category),
      label: page.map((r) => r.label),
      confidence: page.map((r) => r.confidence),
      weight: page.map((r) => r.weight),
      date: page.map((r) => r.date),
      // As Relation.firstDate: the relation's own date, else its first reported one.
      firstDate: page.map((r) => r.date ?? r.firstDate ?? null),
    };
  },
};
