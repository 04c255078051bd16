// Flat edge-list rows (the `edgeList` query), built once per relation and graph load instead of on every page
// request: a row never changes while its index is served, and pages are asked for over and over.
import type { EdgeRow } from "../generated/graphql.js";
import type { RelationRecord } from "../model.js";
import type { GraphIndex } from "./buildGraphIndex.js";

const rowsByIndex = new WeakMap<GraphIndex, Map<RelationRecord, EdgeRow>>();

export function edgeRowOf(index: GraphIndex, relation: RelationRecord): EdgeRow {
  let rows = rowsByIndex.get(index);
  if (!rows) rowsByIndex.set(index, (rows = new Map()));
  let row = rows.get(relation);
  if (!row) {
    const source = index.entityById.get(relation.sourceId)!;
    const target = index.entityById.get(relation.targetId)!;
    row = {
      id: relation.id,
      source: relation.sourceId,
      target: relation.targetId,
      sourceLabel: source.label,
      targetLabel: target.label,
      sourceType: source.type,
      targetType: target.type,
      category: relation.category,
      label: relation.label,
      weight: relation.weight,
      confidence: relation.confidence,
      date: relation.date ?? relation.dates[0] ?? null,
    };
    rows.set(relation, row);
  }
  return row;
}
