// A present-tense verb in -s right after a noun or a two-word name subject looks like a plural noun ("the
// family lives", "the company plans"); tagged NOUN, the sentence has no predicate and the relation layer reads
// nothing from it. Invented sentences of several verbs, subjects and complements; plural nouns that are not the
// verb stay nouns.
import { describe, expect, it } from "vitest";
import { loadDependencyParser } from "./loadDependencyParser.js";

const parser = loadDependencyParser();

describe("present-tense verb after a noun or name subject", () => {
  it.each([
    ["The family lives in a small village near the coast .", "lives", "family"],
    ["The company plans to expand its factory next year .", "plans", "company"],
    ["Anna Berglund lives in a flat above the bakery .", "lives", "Anna"],
    ["The council owns most of the land along the river .", "owns", "council"],
    ["Our neighbour runs a repair shop downtown .", "runs", "neighbour"],
    ["The new director wants a full review of the accounts .", "wants", "director"],
    ["Peter Okafor leads the team at the hospital .", "leads", "Peter"],
    ["The airline faces heavy fines over the delays .", "faces", "airline"],
    ["The union plans a strike for next month .", "plans", "union"],
    ["The local group claims the support of most residents .", "claims", "group"],
  ])("%s", (sentence, verb, subject) => {
    const words = sentence.split(" ");
    const r = parser.analyze(words);
    const v = words.indexOf(verb);
    const s = words.indexOf(subject);
    expect(r.upos[v], `${verb}: ${r.upos.join(" ")}`).toBe("VERB");
    expect(r.head[v], `${verb} is the root`).toBe(-1);
    // A two-word name's head is its first word (UD: the second is its flat dependent).
    expect([r.head[s], r.deprel[s]], `${subject} is the subject of ${verb}`).toEqual([v, "nsubj"]);
  });

  it.each([
    ["The car keys are in the kitchen drawer .", "keys"],
    ["The company plans were approved on Monday .", "plans"],
    ["Local farm prices rose sharply last year .", "prices"],
    ["Their lives changed after the flood .", "lives"],
  ])("keeps the plural noun before a verb a noun: %s", (sentence, noun) => {
    const words = sentence.split(" ");
    expect(parser.analyze(words).upos[words.indexOf(noun)]).toBe("NOUN");
  });
});
