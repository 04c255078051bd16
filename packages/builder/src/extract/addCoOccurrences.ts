// CO_OCCURRENCE edges: entities named in one sentence with no more specific relation found between them.
import type { DocModel } from "./docModel.js";
import type { RelationFact } from "./relationFact.js";

/** At most this many entities per sentence are paired (long lists would add quadratic noise). */
const MAX_COOCCURRING = 12;

/** Entities named in one sentence with nothing more specific between them get a CO_OCCURRENCE edge. */
export function addCoOccurrences(doc: DocModel, facts: RelationFact[]): void {
  const related = new Set<string>();
  for (const f of facts) {
    related.add(`${f.source}|${f.target}`);
    related.add(`${f.target}|${f.source}`);
  }
  const bySent = new Map<number, number[]>();
  for (const m of doc.mentions) {
    if (m.entity < 0) continue;
    const list = bySent.get(m.sent) ?? [];
    if (!list.includes(m.entity)) list.push(m.entity);
    bySent.set(m.sent, list);
  }
  for (const [sent, ents] of bySent) {
    const list = ents.slice(0, MAX_COOCCURRING).sort((a, b) => a - b);
    const s = doc.sentences[sent]!;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const key = `${list[a]}|${list[b]}`;
        if (related.has(key)) continue;
        facts.push({
          source: list[a]!,
          target: list[b]!,
          category: "CO_OCCURRENCE",
          label: "named together",
          confidence: 0.2,
          sent: s.index,
        });
      }
  }
}
