// Parse errors the relation layer reported, each a kind of sentence, probed on invented sentences of that kind
// through the whole tagger and parser (with its repairs). Each case names the word to check and its expected
// UPOS, head word and relation.
import { describe, expect, it } from "vitest";
import { DependencyParser } from "./dependencyParser.js";
import { defaultParserModelPath } from "./parserPaths.js";

const parser = DependencyParser.load(defaultParserModelPath);
/** With the repairs that are off by default (they move the pair classifier; see the model card). */
const voiced = DependencyParser.load(defaultParserModelPath, {
  passiveVoice: true,
  promoteMainVerb: true,
  verblessRoot: true,
  promoteRootRelativeWide: true,
});

/** [sentence (space-separated tokens), word, UPOS, head word (or "ROOT"), relation]. */
type Case = [string, string, string, string, string];

function check([sentence, word, upos, headWord, deprel]: Case, p: DependencyParser = parser): void {
  const words = sentence.split(" ");
  const r = p.analyze(words);
  const i = words.indexOf(word);
  const h = r.head[i] ?? -1;
  const shown = words.map((w, k) => `${w}/${r.upos[k]}>${(r.head[k] ?? -1) + 1}:${r.deprel[k]}`).join(" ");
  expect([r.upos[i], h < 0 ? "ROOT" : words[h], r.deprel[i]], shown).toEqual([upos, headWord, deprel]);
}

describe("reported parse error kinds", () => {
  it.each<Case>([
    ["The army has been bombing the northern villages for weeks .", "bombing", "VERB", "ROOT", "root"],
    ["Rebel units were shelling the harbour when the ferry arrived .", "shelling", "VERB", "ROOT", "root"],
    ["Gunboats have been pounding the coast since Monday .", "pounding", "VERB", "ROOT", "root"],
  ])("a progressive verb after 'be' is a verb: %s", (...c) => check(c));

  it.each<Case>([
    ["The firm 's chief executive , Maria Lund , resigned on Friday .", "Maria", "PROPN", "executive", "appos"],
    ["The chief executive resigned on Friday .", "executive", "NOUN", "resigned", "nsubj"],
    ["Its chief executive , Maria Lund , said profits would fall .", "Maria", "PROPN", "executive", "appos"],
    ["The chief executive of the bank resigned on Monday .", "executive", "NOUN", "resigned", "nsubj"],
  ])("a title word closing its phrase is its noun: %s", (...c) => check(c));

  it.each<Case>([
    ["Maria Lund , chief executive of Norvik Bank , resigned on Friday .", "executive", "NOUN", "Maria", "appos"],
    ["Maria Lund , chief executive at Norvik Bank , said profits would fall .", "executive", "NOUN", "Maria", "appos"],
    ["Jon Aas , chief executive officer of Kesko , resigned .", "officer", "NOUN", "Jon", "appos"],
  ])("an appositive title without an article has a noun head: %s", (...c) => check(c));

  it("leaves a one-word description after a name an adjective", () => {
    const words = "Maria Lund , happy with the result , left early .".split(" ");
    expect(parser.analyze(words).upos[words.indexOf("happy")]).toBe("ADJ");
  });

  it.each<Case>([
    ["Varnsk-based Kesko Steel cut 300 jobs on Monday .", "Varnsk-based", "ADJ", "Steel", "amod"],
    ["Varnsk-based Kesko Steel cut 300 jobs on Monday .", "cut", "VERB", "ROOT", "root"],
    ["UN-backed forces entered the town .", "entered", "VERB", "ROOT", "root"],
    ["Porvik-born Ilse Varga won the prize .", "won", "VERB", "ROOT", "root"],
  ])("a name-participle compound opening a sentence is an adjective, not the verb: %s", (...c) => check(c));

  it.each<Case>([
    ["Jan Piet Holm shot Mayor Varga in Porvik .", "shot", "VERB", "ROOT", "root"],
    ["Jan Piet Holm shot Mayor Varga in Porvik .", "Varga", "PROPN", "shot", "obj"],
    ["Karl Lund hit Senator Aas with a chair .", "hit", "VERB", "ROOT", "root"],
  ])("an irregular past after a name is the predicate of a verbless sentence: %s", (...c) => check(c));

  it.each<Case>([
    ["Farmers protested against the new levy on Sunday .", "levy", "NOUN", "protested", "obl"],
    ["The bill was passed by the upper house last week .", "house", "NOUN", "passed", "obl:agent"],
    ["The clinic is funded by donors from the town .", "donors", "NOUN", "funded", "obl:agent"],
    ["A clinic run by volunteers opened in the town .", "clinic", "NOUN", "opened", "nsubj"],
  ])("obl:agent only for a passive's 'by' phrase: %s", (...c) => check(c, voiced));

  it.each<Case>([
    ["A group calling itself the Western Shield claimed the attack .", "claimed", "VERB", "ROOT", "root"],
    ["A group calling itself the Western Shield claimed the attack .", "group", "NOUN", "claimed", "nsubj"],
    ["A man wearing a mask robbed the bank on Tuesday .", "man", "NOUN", "robbed", "nsubj"],
    ["Protesters carrying flags blocked the main road .", "Protesters", "NOUN", "blocked", "nsubj"],
    ["A militia known as the Red Hand attacked the village .", "militia", "NOUN", "attacked", "nsubj"],
    ["Dozens of soldiers crossed into the province overnight .", "crossed", "VERB", "ROOT", "root"],
  ])("a participial modifier of the subject does not take the root: %s", (...c) => check(c, voiced));

  it.each<Case>([
    ["The mayor , who was shot by a gunman , died on Tuesday .", "died", "VERB", "ROOT", "root"],
    ["The mayor , who was shot by a gunman , died on Tuesday .", "shot", "VERB", "mayor", "acl:relcl"],
    ["The driver , who was hurt in the crash , told police he had fallen asleep .", "told", "VERB", "ROOT", "root"],
  ])("a relative clause inside the subject is not the main clause: %s", (...c) => check(c, voiced));

  it.each<Case>([
    ["Her uncle , Piet Varga , was a navy captain and a mayor of the port .", "captain", "NOUN", "ROOT", "root"],
    ["Her uncle , Piet Varga , was a navy captain and a mayor of the port .", "uncle", "NOUN", "captain", "nsubj"],
  ])("a predicate nominal with a copula is not an appositive: %s", (...c) => check(c));

  it.each<Case>([
    ["Rebels Seize Airport In Northern Province", "Seize", "VERB", "ROOT", "root"],
    ["Minister Resigns Over Budget Scandal", "Minister", "PROPN", "Resigns", "nsubj"],
  ])("a title-case headline gets a verb: %s", (...c) => check(c));

  it("keeps a list of names in title case as names", () => {
    const words = "Karin Holt , Sam Ortiz , Dana Lee".split(" ");
    const r = parser.analyze(words);
    expect(r.upos.filter((t) => t === "PROPN").length, r.upos.join(" ")).toBe(6);
  });
});
