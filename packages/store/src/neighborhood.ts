// Breadth-first neighbourhood over relations, ignoring direction, with node and edge caps, one batched store
// query per level: each frontier entity offers its strongest distinct neighbours (by its strongest relation to
// each, weight x confidence; unfiltered, read from neighbor_summary), which is enough to find the overall
// strongest new neighbours, even around hubs.
import type { GraphReader, StoreRelationFilter, StoreSubgraph } from "@newskg/graph-model";
import type { StoreReader } from "./storeReader.js";

export async function neighborhood(
  reader: Pick<GraphReader, "relationsAmong"> & Pick<StoreReader, "strongestNeighbours">,
  focusId: string,
  depth: number,
  limit: number,
  maxEdges: number,
  filter: StoreRelationFilter | null,
  tick: () => void = () => {},
): Promise<StoreSubgraph> {
  const included = new Set<string>([focusId]);
  const nodeIds = [focusId];
  let truncated = false;
  let frontier = [focusId];
  let level = 0;
  for (; level < depth && frontier.length > 0 && nodeIds.length < limit; level++) {
    tick();
    const room = limit - nodeIds.length;
    // Neighbours already included do not count towards an entity's offer, so read that many more.
    const around = await reader.strongestNeighbours(frontier, filter, Math.min(room + included.size, room + 1000));
    const candidates = new Map<string, number>();
    for (const id of frontier) {
      let offered = 0;
      for (const { id: other, strength: score } of around.get(id) ?? []) {
        if (included.has(other)) continue;
        if (offered >= room) {
          truncated = true;
          break;
        }
        const best = candidates.get(other);
        if (best === undefined) {
          candidates.set(other, score);
          offered++;
        } else if (score > best) candidates.set(other, score);
      }
    }
    let next = [...candidates.keys()];
    if (next.length > room) {
      truncated = true;
      next = next
        .map((id, order) => ({ id, order }))
        .sort((a, b) => candidates.get(b.id)! - candidates.get(a.id)! || a.order - b.order)
        .slice(0, room)
        .map((c) => c.id);
    }
    for (const id of next) {
      included.add(id);
      nodeIds.push(id);
    }
    frontier = next;
  }
  // Stopped by the limit with levels to go: truncated if the frontier reaches anything not included.
  if (level < depth && !truncated && frontier.length > 0) {
    const around = await reader.strongestNeighbours(frontier, filter, included.size + 1);
    truncated = frontier.some((id) => (around.get(id) ?? []).some((n) => !included.has(n.id)));
  }
  tick();
  const edges = await reader.relationsAmong(nodeIds, filter, maxEdges);
  if (edges.length > maxEdges) {
    truncated = true;
    edges.length = maxEdges;
  }
  return { nodeIds, edges, truncated };
}
