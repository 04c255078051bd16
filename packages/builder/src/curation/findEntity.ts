// Resolves an analyst's reference to an entity: node key, then label, then alias, case-insensitively.
import type { EntityAttributes, KnowledgeGraph } from "@newskg/graph-model";

const normalise = (name: string): string => name.normalize("NFC").trim().toLowerCase();

export interface EntityMatch {
  key: string;
  /** Other entities that matched equally well (the most mentioned one wins). */
  alternatives: string[];
}

export function findEntity(graph: KnowledgeGraph, name: string): EntityMatch | null {
  const wanted = normalise(name);
  if (graph.hasNode(name) && graph.getNodeAttribute(name, "kind") === "entity") return { key: name, alternatives: [] };
  const byKey: string[] = [];
  const byLabel: string[] = [];
  const byAlias: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== "entity") return;
    if (normalise(key) === wanted) byKey.push(key);
    else if (normalise(attributes.label) === wanted) byLabel.push(key);
    else if (attributes.aliases.some((alias) => normalise(alias) === wanted)) byAlias.push(key);
  });
  const candidates = byKey.length > 0 ? byKey : byLabel.length > 0 ? byLabel : byAlias;
  if (candidates.length === 0) return null;
  const mentions = (key: string): number => (graph.getNodeAttributes(key) as EntityAttributes).mentionCount;
  const ranked = candidates.sort((a, b) => mentions(b) - mentions(a) || (a < b ? -1 : 1));
  return { key: ranked[0]!, alternatives: ranked.slice(1) };
}
