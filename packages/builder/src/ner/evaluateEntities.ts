// Entity-level exact-match scoring (conlleval style): an entity counts only when type and both boundaries match.
import { iobSpans } from "@newskg/graph-model";
import type { IobTag } from "./types.js";

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface EntityScores {
  byType: Record<string, TypeScore>;
  /** Micro-averaged over the scored types. */
  overall: TypeScore;
}

function entities(tags: readonly IobTag[], types: ReadonlySet<string>): Set<string> {
  // A stray I- (invalid IOB2) opens an entity, as conlleval does (the rule in @newskg/graph-model).
  const out = new Set<string>();
  for (const { start, end, type } of iobSpans(tags)) if (types.has(type)) out.add(`${start}:${end}:${type}`);
  return out;
}

function score(correct: number, gold: number, predicted: number): TypeScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Scores flat tag sequences (sentences concatenated with an "O" between them is fine too). */
export function evaluateEntities(
  gold: readonly (readonly IobTag[])[],
  predicted: readonly (readonly IobTag[])[],
  types: readonly string[] = ["PER", "ORG", "LOC"],
): EntityScores {
  const typeSet = new Set(types);
  const counts = new Map(types.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  gold.forEach((g, s) => {
    const ge = entities(g, typeSet);
    const pe = entities(predicted[s]!, typeSet);
    for (const e of ge) counts.get(e.slice(e.lastIndexOf(":") + 1))!.gold++;
    for (const e of pe) {
      const c = counts.get(e.slice(e.lastIndexOf(":") + 1))!;
      c.predicted++;
      if (ge.has(e)) c.correct++;
    }
  });
  const byType: Record<string, TypeScore> = {};
  let tg = 0;
  let tp = 0;
  let tc = 0;
  for (const [t, c] of counts) {
    byType[t] = score(c.correct, c.gold, c.predicted);
    tg += c.gold;
    tp += c.predicted;
    tc += c.correct;
  }
  return { byType, overall: score(tc, tg, tp) };
}

export function formatScores(s: EntityScores): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  const rows = Object.entries(s.byType).map(
    ([t, v]) => `  ${t.padEnd(7)} P ${pct(v.precision)}  R ${pct(v.recall)}  F1 ${pct(v.f1)}  (gold ${v.gold})`,
  );
  const o = s.overall;
  rows.push(`  overall P ${pct(o.precision)}  R ${pct(o.recall)}  F1 ${pct(o.f1)}  (gold ${o.gold})`);
  return rows.join("\n");
}
