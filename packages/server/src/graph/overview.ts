// The explorer's first view without downloading the graph: the `limit` most central entities and the relations
// among them, each relation found once from its source entity, strongest first per entity.
import type { EntityType } from "@newskg/graph-model";
import type { RelationRecord } from "../model.js";
import type { GraphIndex } from "./buildGraphIndex.js";
import type { Subgraph } from "./neighborhood.js";

export function overview(
  index: GraphIndex,
  limit: number,
  includeCoOccurrence: boolean,
  types: readonly EntityType[] | null,
  maxEdges: number,
  tick: () => void,
): Subgraph {
  const typeSet = types && types.length > 0 ? new Set(types) : null;
  const nodes = [];
  let truncated = false;
  for (const entity of index.entityOrders.PAGERANK) {
    if (typeSet && !typeSet.has(entity.type)) continue;
    if (nodes.length >= limit) {
      truncated = true;
      break;
    }
    nodes.push(entity);
  }
  const included = new Set(nodes.map((n) => n.id));
  const edges: RelationRecord[] = [];
  outer: for (let i = 0; i < nodes.length; i++) {
    if ((i & 0xff) === 0) tick();
    const entity = nodes[i]!;
    for (const r of entity.relationRecords) {
      if (r.sourceId !== entity.id || !included.has(r.targetId)) continue;
      if (!includeCoOccurrence && r.category === "CO_OCCURRENCE") continue;
      if (edges.length >= maxEdges) {
        truncated = true;
        break outer;
      }
      edges.push(r);
    }
  }
  return { nodes, edges, truncated };
}
