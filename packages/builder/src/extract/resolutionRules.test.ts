// Every join a resolution rule makes is between entities that share one of the tokens the rule declares (the sets
// joined hold two entities with a token of that rule in common), so incremental resolution, which follows the
// tokens, reaches whatever a rule could join. Corpora drawn at random from a pool of invented names that exercises
// every rule.
import { describe, expect, it } from "vitest";
import { randomResolutionArticle as article } from "../testing/randomResolutionArticle.js";
import { seededRandom } from "../graph/seededRandom.js";
import { resolveAcrossDocuments, resolveWithRules } from "./resolveAcrossDocuments.js";
import { docNamesOf, entityNames } from "./resolutionNames.js";
import { RESOLUTION_RULES, type ResolutionRule, type ResolutionState } from "./resolutionRules.js";
import type { DocumentExtraction } from "./types.js";

/** The rule with its joins checked: the two sets joined must hold entities sharing a token of this rule. */
function checked(rule: ResolutionRule, tokensOf: Map<string, Set<string>>, failures: string[]): ResolutionRule {
  return {
    name: rule.name,
    tokens: rule.tokens,
    join(state: ResolutionState) {
      const id = (i: number) => `${state.items[i]!.doc}#${state.items[i]!.e.localId}`;
      const members = (i: number) => state.items.map((_, k) => k).filter((k) => state.find(k) === state.find(i));
      rule.join({
        ...state,
        union(a, b) {
          if (state.find(a) !== state.find(b)) {
            const left = members(a).map((k) => tokensOf.get(id(k))!);
            const right = members(b).map((k) => tokensOf.get(id(k))!);
            if (!left.some((l) => right.some((r) => [...l].some((t) => r.has(t)))))
              failures.push(`${rule.name}: ${id(a)} ${state.items[a]!.e.label} + ${id(b)} ${state.items[b]!.e.label}`);
          }
          state.union(a, b);
        },
      });
    },
  };
}

describe("resolution rules", () => {
  it("join only entities that share one of the rule's tokens", () => {
    let joined = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededRandom(seed);
      const docs = Array.from({ length: 10 }, (_, i) => article(`doc:${i}`, random));
      const failures: string[] = [];
      const checkedRules = RESOLUTION_RULES.map((rule) => {
        const tokensOf = new Map<string, Set<string>>();
        for (const d of docs) {
          const docNames = docNamesOf(d);
          for (const e of d.entities) {
            const names = e.type === "COUNTRY" && e.iso ? undefined : entityNames(e, docNames);
            tokensOf.set(`${d.docKey}#${e.localId}`, new Set(rule.tokens(e, names)));
          }
        }
        return checked(rule, tokensOf, failures);
      });
      const result = resolveWithRules(docs, checkedRules);
      expect(failures).toEqual([]);
      // The checked run resolves as the plain one does.
      expect(result.entities).toEqual(resolveAcrossDocuments(docs).entities);
      joined += docs.reduce((n, d) => n + d.entities.length, 0) - result.entities.length;
    }
    // The pool makes the rules join a lot: the check saw joins, not an empty run.
    expect(joined).toBeGreaterThan(100);
  });

  it("a rule without tokens for what it joins is caught", () => {
    const random = seededRandom(5);
    const docs = Array.from({ length: 10 }, (_, i) => article(`doc:${i}`, random));
    const failures: string[] = [];
    const silent = RESOLUTION_RULES.map((rule) =>
      checked(rule, new Map(allIds(docs).map((id) => [id, new Set()])), failures),
    );
    resolveWithRules(docs, silent);
    expect(failures.length).toBeGreaterThan(0);
  });
});

function allIds(docs: DocumentExtraction[]): string[] {
  return docs.flatMap((d) => d.entities.map((e) => `${d.docKey}#${e.localId}`));
}
