// Combines two edges that share (source, category, target): evidence pooled, wordings kept, confidence noisy-or.
import type { Evidence, Quantity, RelationAttributes } from "@newskg/graph-model";

export function evidenceKey(evidence: Evidence): string {
  return `${evidence.doc}\u0000${evidence.start}\u0000${evidence.end}`;
}

/** Independent pieces of support: P(true) = 1 - prod(1 - c_i). */
export function noisyOr(a: number, b: number): number {
  return 1 - (1 - a) * (1 - b);
}

function union<T>(a: readonly T[], b: readonly T[], keyOf: (item: T) => string = String): T[] {
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const item of b) {
    const k = keyOf(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

const quantityKey = (q: Quantity): string => `${q.value}\u0000${q.unit ?? ""}\u0000${q.text}`;

/** `into` keeps its label and position; `from` adds its support. */
export function mergeRelationAttributes(into: RelationAttributes, from: RelationAttributes): RelationAttributes {
  const evidence = union(into.evidence, from.evidence, evidenceKey);
  const merged: RelationAttributes = {
    ...into,
    labels: union(into.labels, from.labels),
    confidence: noisyOr(into.confidence, from.confidence),
    evidence,
    weight: Math.max(evidence.length, into.weight + (from.evidence.length === 0 ? from.weight : 0)),
    docs: union(into.docs, from.docs).sort(),
  };
  const date = into.date ?? from.date;
  if (date) merged.date = date;
  const quantities = union(into.quantities ?? [], from.quantities ?? [], quantityKey);
  if (quantities.length > 0) merged.quantities = quantities;
  const cameo = into.cameo ?? from.cameo;
  if (cameo) merged.cameo = cameo;
  if (into.curated || from.curated) merged.curated = true;
  const note = [into.note, from.note].filter(Boolean).join("; ");
  if (note) merged.note = note;
  return merged;
}
