// Applies the analysts' corrections, in order, to a freshly assembled graph. Because entities are named by key,
// label or alias, the same file keeps working on every rebuild. Actions that cannot apply (unknown entity, no
// matching relation) are skipped with a reason; the rest still apply.
import type {
  CurationAction,
  CurationFile,
  EntityAttributes,
  KnowledgeGraph,
  RelationAttributes,
} from "@newskg/graph-model";
import { SYMMETRIC_CATEGORIES } from "@newskg/graph-model";
import { dropRedundantCoOccurrences } from "../graph/dropRedundantCoOccurrences.js";
import { edgeKeyOf, orientEdge } from "../graph/edgeKeyOf.js";
import { mergeRelationAttributes } from "../graph/mergeRelationAttributes.js";
import { findEntity } from "./findEntity.js";
import { mergeEntities } from "./mergeEntities.js";

export interface CurationResult {
  applied: number;
  skipped: { action: string; reason: string }[];
  /** Per action, in file order: applied, or skipped and why (for the store's curation log). */
  outcomes: { applied: boolean; reason?: string }[];
}

class Skip extends Error {}

function describe(action: CurationAction, index: number): string {
  const subject =
    "entity" in action
      ? `"${action.entity}"`
      : "entities" in action
        ? action.entities.map((e) => `"${e}"`).join(", ") + (action.into ? ` into "${action.into}"` : "")
        : `"${action.source}" -> "${action.target}"`;
  return `actions[${index}] ${action.op} ${subject}`;
}

function resolve(graph: KnowledgeGraph, name: string): string {
  const match = findEntity(graph, name);
  if (!match) throw new Skip(`unknown entity "${name}"`);
  return match.key;
}

/** For merges: a name several entities share ("United" of two clubs) could merge rivals, so it must be unique. */
function resolveUnique(graph: KnowledgeGraph, name: string): string {
  const match = findEntity(graph, name);
  if (!match) throw new Skip(`unknown entity "${name}"`);
  if (match.alternatives.length)
    throw new Skip(
      `"${name}" names ${match.alternatives.length + 1} entities (${[match.key, ...match.alternatives].join(", ")}); name one by its key`,
    );
  return match.key;
}

function touch(graph: KnowledgeGraph, key: string, patch: Partial<EntityAttributes>): void {
  graph.mergeNodeAttributes(key, { ...patch, curated: true });
}

function applyOne(graph: KnowledgeGraph, action: CurationAction): void {
  switch (action.op) {
    case "merge": {
      const into = resolveUnique(graph, action.into ?? action.entities[0]!);
      const others = action.entities.map((name) => resolveUnique(graph, name)).filter((key) => key !== into);
      if (others.length === 0) throw new Skip("all names refer to the same entity already");
      for (const key of new Set(others)) mergeEntities(graph, key, into);
      return;
    }
    case "rename": {
      const key = resolve(graph, action.entity);
      const { aliases } = graph.getNodeAttributes(key) as EntityAttributes;
      touch(graph, key, { label: action.label, aliases: [...new Set([...aliases, action.label])] });
      return;
    }
    case "retype":
      touch(graph, resolve(graph, action.entity), { type: action.type });
      return;
    case "rejectEntity":
      graph.dropNode(resolve(graph, action.entity));
      return;
    case "rejectRelation": {
      const source = resolve(graph, action.source);
      const target = resolve(graph, action.target);
      const label = action.label?.toLowerCase();
      const matches = (attributes: RelationAttributes, reversed: boolean): boolean =>
        attributes.category !== "MENTIONS" &&
        (!reversed || SYMMETRIC_CATEGORIES.has(attributes.category)) &&
        (action.category === undefined || attributes.category === action.category) &&
        (label === undefined || attributes.labels.some((l) => l.toLowerCase() === label));
      const doomed = [
        ...graph.directedEdges(source, target).filter((e) => matches(graph.getEdgeAttributes(e), false)),
        ...graph.directedEdges(target, source).filter((e) => matches(graph.getEdgeAttributes(e), true)),
      ];
      if (doomed.length === 0) throw new Skip("no matching relation between them");
      for (const edge of new Set(doomed)) graph.dropEdge(edge);
      return;
    }
    case "addRelation": {
      const [source, target] = orientEdge(
        resolve(graph, action.source),
        action.category,
        resolve(graph, action.target),
      );
      if (source === target) throw new Skip("source and target are the same entity");
      const key = edgeKeyOf(source, action.category, target);
      const added: RelationAttributes = {
        category: action.category,
        label: action.label,
        labels: [action.label],
        confidence: action.confidence ?? 1,
        weight: 1,
        evidence: [],
        docs: [],
        curated: true,
      };
      if (action.note) added.note = action.note;
      if (graph.hasEdge(key)) {
        // The analyst's confidence is the final word on an edge they confirmed.
        const merged = mergeRelationAttributes(graph.getEdgeAttributes(key), added);
        graph.replaceEdgeAttributes(key, { ...merged, confidence: action.confidence ?? 1 });
      } else graph.addDirectedEdgeWithKey(key, source, target, added);
      return;
    }
  }
}

export function applyCuration(graph: KnowledgeGraph, curation: CurationFile): CurationResult {
  const result: CurationResult = { applied: 0, skipped: [], outcomes: [] };
  curation.actions.forEach((action, index) => {
    try {
      applyOne(graph, action);
      result.applied++;
      result.outcomes.push({ applied: true });
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      result.skipped.push({ action: describe(action, index), reason: error.message });
      result.outcomes.push({ applied: false, reason: error.message });
    }
  });
  // An added relation makes a co-occurrence of the same pair redundant.
  dropRedundantCoOccurrences(graph);
  return result;
}
