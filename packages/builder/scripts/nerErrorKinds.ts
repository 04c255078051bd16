// Errors of an NER model on a measuring set, by kind (the table of the model cards):
//   npx tsx packages/builder/scripts/nerErrorKinds.ts MODEL conll|uner|wnut [--examples N]
// or, on a built graph scored against a reference (scoreDevReference.ts --keep leaves both in its directory), how the
// reference's organisations came out (typed right, typed as another type, not found):
//   npx tsx packages/builder/scripts/nerErrorKinds.ts graph GRAPH.json GOLD.json [--examples N]
// or, on the BBC sport articles of ../shared (no gold there), how the most frequent club names come out:
//   npx tsx packages/builder/scripts/nerErrorKinds.ts MODEL clubs [--top N] [--examples N]
// A club name is found by its context, not from a list: a capitalised name directly before a squad or staff word
// ("X manager", "X's striker") in at least three articles, not a country, capital or region (national sides are
// tagged as their country, so names written "X international" twice and nationality words are left out); then every mention of the top names is counted by the type the model gives it.
// Gold and predicted PER/ORG/LOC/MISC spans are compared: exact match, wrong extent (overlapping, not equal),
// wrong type (same extent), missed, false. With --examples it prints that many spans of each kind (dev aid only).
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { iobSpans } from "@newskg/graph-model";
import { loadNerTagger } from "../src/ner/index.js";
import { loadGazetteer } from "../src/ner/loadGazetteer.js";
import { orgKindOf } from "../src/ner/loadOrgHeads.js";
import { splitSentences } from "../src/text/index.js";
import { readConllCorpus, readTwoColumnCorpus, readUnerCorpus, wnutTypes } from "../src/ner/readTrainingData.js";
import { defaultDataDir } from "../src/ner/trainNerCommand.js";

const [model = "open", set = "conll", goldArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const ex = process.argv.indexOf("--examples");
const examples = ex > 0 ? Number(process.argv[ex + 1]) : 0;

if (model === "graph") {
  // The scorer's own matching decides found and typed; only the reference's organisations are counted.
  const scorer = join(defaultDataDir, "../../eval/score.mjs");
  const run = spawnSync(process.execPath, [scorer, set, goldArg ?? "", "--json"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
  const scored = JSON.parse(run.stdout) as { entities: { missing: string[]; mistyped: string[] } };
  const gold = JSON.parse(readFileSync(goldArg ?? "", "utf8")) as {
    entities: { id: string; type: string; name: string; aliases?: string[]; required: boolean }[];
  };
  const orgEntities = gold.entities.filter((e) => e.type === "ORGANIZATION" && e.required);
  const orgs = orgEntities.map((e) => e.id);
  const missing = new Set(scored.entities.missing);
  const mistyped = new Map(
    scored.entities.mistyped.map((m) => [m.slice(0, m.lastIndexOf(":")), m.slice(m.lastIndexOf(":") + 2)]),
  );
  const by = new Map<string, string[]>();
  for (const id of orgs) {
    const k = missing.has(id) ? "not found" : mistyped.has(id) ? `typed ${mistyped.get(id)}` : "typed right";
    by.set(k, [...(by.get(k) ?? []), id]);
  }
  const right = by.get("typed right")?.length ?? 0;
  console.log(`organisations: ${orgs.length}, typed right ${right} (${((100 * right) / orgs.length).toFixed(1)}%)`);
  for (const [k, l] of [...by].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(l.length).padStart(6)}  ${k}`);
    if (examples > 0 && k !== "typed right") console.log(`        ${l.slice(0, examples).join(" | ")}`);
  }
  // By kind: the head word of the name or of an alias (data/ner-org-heads.json), else acronym or other.
  const outcome = new Map([...by].flatMap(([k, l]) => l.map((id) => [id, k] as const)));
  const kindOf = (e: (typeof orgEntities)[number]): string => {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const k = orgKindOf(n.split(/\s+/));
      if (k) return k;
    }
    return /^[\p{Lu}\d.&-]{2,}$/u.test(e.name) || (e.aliases ?? []).some((a) => /^[\p{Lu}\d.&-]{2,}$/u.test(a))
      ? "acronym"
      : "no head word";
  };
  const table = new Map<string, Map<string, number>>();
  for (const e of orgEntities) {
    const m = table.get(kindOf(e)) ?? new Map<string, number>();
    const o = outcome.get(e.id)!;
    m.set(o, (m.get(o) ?? 0) + 1);
    table.set(kindOf(e), m);
  }
  console.log("by kind (head word of the name or an alias):");
  for (const [k, m] of [...table].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))) {
    const n = [...m.values()].reduce((x, y) => x + y, 0);
    const parts = [...m].sort((a, b) => b[1] - a[1]).map(([o, c]) => `${o} ${c}`);
    console.log(`${String(n).padStart(6)}  ${k}: ${parts.join(", ")}`);
  }
  process.exit(0);
}
if (set === "clubs") {
  const top = process.argv.includes("--top") ? Number(process.argv[process.argv.indexOf("--top") + 1]) : 20;
  const dir = join(defaultDataDir, "../../corpus/bbc/sport");
  const tagger = loadNerTagger(model);
  const { places, demonyms } = loadGazetteer();
  const CUES = new Set(["manager", "boss", "coach", "striker", "midfielder", "defender", "goalkeeper", "captain"]);
  const cap = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => splitSentences(readFileSync(join(dir, f), "latin1")).map((x) => x.tokens.map((t) => t.text)));
  const lowerUses = new Map<string, number>();
  for (const a of articles)
    for (const s of a) for (const w of s) if (/^\p{Ll}/u.test(w)) lowerUses.set(w, (lowerUses.get(w) ?? 0) + 1);
  const docsWith = new Map<string, number>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const s of a) {
      for (let i = 1; i < s.length; i++) {
        const cue = CUES.has(s[i]!) ? i : s[i] === "'s" && CUES.has(s[i + 1] ?? "") ? i : -1;
        if (cue < 0) continue;
        let b = cue;
        while (b > 0 && cap(s[b - 1]!)) b--;
        // Not a word the articles also write in lowercase ("The manager", "Former striker") and not a country,
        // capital or region.
        while (b < cue && (lowerUses.get(s[b]!.toLowerCase()) ?? 0) >= 3) b++;
        if (b === cue) continue;
        const name = s.slice(b, cue);
        if (places.get(name[0]!.toLowerCase())?.some((c) => c.length === name.length)) continue;
        if (name.length === 1 && demonyms.has(name[0]!.toLowerCase())) continue;
        seen.add(name.join(" "));
      }
    }
    for (const n of seen) docsWith.set(n, (docsWith.get(n) ?? 0) + 1);
  }
  // National sides ("X international" at least twice) are tagged as their country, not as clubs.
  const international = new Map<string, number>();
  for (const a of articles) {
    for (const s of a) {
      for (let i = 1; i < s.length; i++) {
        if (/^internationals?$/.test(s[i]!)) international.set(s[i - 1]!, (international.get(s[i - 1]!) ?? 0) + 1);
      }
    }
  }
  const names = [...docsWith].filter(([n, c]) => c >= 3 && (international.get(n) ?? 0) < 2).map(([n]) => n.split(" "));
  const counts = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const tags = tagger.tagDocument(a);
    a.forEach((s, si) => {
      for (const name of names) {
        for (let i = 0; i + name.length <= s.length; i++) {
          if (!name.every((w, k) => s[i + k] === w)) continue;
          // A mention inside a longer capitalised name ("X Park") is another name.
          if ((i > 0 && cap(s[i - 1]!)) || (i + name.length < s.length && cap(s[i + name.length]!))) continue;
          const t = tags[si]!.slice(i, i + name.length);
          const kind =
            t[0]!.startsWith("B-") && t.every((x, k) => x === `${k === 0 ? "B" : "I"}-${t[0]!.slice(2)}`)
              ? t[0]!.slice(2)
              : t.every((x) => x === "O")
                ? "not tagged"
                : "other extent";
          const m = counts.get(name.join(" ")) ?? new Map<string, number>();
          m.set(kind, (m.get(kind) ?? 0) + 1);
          counts.set(name.join(" "), m);
        }
      }
    });
  }
  const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const chosen = [...counts].sort((a, b) => total(b[1]) - total(a[1])).slice(0, top);
  const sum = new Map<string, number>();
  for (const [, m] of chosen) for (const [k, c] of m) sum.set(k, (sum.get(k) ?? 0) + c);
  const all = total(sum);
  console.log(`BBC sport: ${articles.length} articles, ${chosen.length} club names, ${all} mentions`);
  for (const [k, c] of [...sum].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(c).padStart(6)}  ${k} (${((100 * c) / all).toFixed(1)}%)`);
  }
  if (examples > 0) {
    for (const [n, m] of chosen.slice(0, examples)) {
      console.log(`        ${n}: ${[...m].map(([k, c]) => `${k} ${c}`).join(", ")}`);
    }
  }
  process.exit(0);
}
const docs =
  set === "uner"
    ? readUnerCorpus(join(defaultDataDir, "uner-ewt/en_ewt-ud-dev.iob2"))
    : set === "wnut"
      ? readTwoColumnCorpus(join(defaultDataDir, "wnut17/emerging.dev.conll"), wnutTypes)
      : readConllCorpus(join(defaultDataDir, "conll2003-dev.conll"));
const tagger = loadNerTagger(model);
const kinds = new Map<string, string[]>();
const add = (k: string, text: string): void => {
  let l = kinds.get(k);
  if (!l) kinds.set(k, (l = []));
  l.push(text);
};
const SCORED = new Set(["PER", "ORG", "LOC"]);
for (const d of docs) {
  const pred = tagger.tagDocument(d.sentences);
  d.sentences.forEach((s, i) => {
    const g = iobSpans(d.tags[i]!);
    const p = iobSpans(pred[i]!);
    const text = (a: number, b: number): string => s.slice(a, b).join(" ");
    for (const x of g) {
      if (!SCORED.has(x.type)) continue;
      const same = p.find((y) => y.start === x.start && y.end === x.end);
      if (same && same.type === x.type) add("correct", text(x.start, x.end));
      else if (same) add(`${x.type} typed ${same.type}`, text(x.start, x.end));
      else if (p.some((y) => y.start < x.end && x.start < y.end)) add("wrong extent", text(x.start, x.end));
      else add(`${x.type} missed`, text(x.start, x.end));
    }
    for (const y of p) {
      if (!SCORED.has(y.type)) continue;
      if (!g.some((x) => x.start < y.end && y.start < x.end)) add(`false ${y.type}`, text(y.start, y.end));
    }
  });
}
for (const [k, l] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(l.length).padStart(6)}  ${k}`);
  if (examples > 0 && k !== "correct") console.log(`        ${l.slice(0, examples).join(" | ")}`);
}
