import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RELATION_CATEGORIES } from "@newskg/graph-model";
import { docFromConllu } from "../nlp/docFromConllu.js";
import type { Doc } from "../nlp/doc.js";
import { compileCameoDictionary, serializeLexicon } from "./cameoDictionary.js";
import { createCameoLexicon, loadCameoLexicon, readCameoCategories, verbsOfNoun } from "./cameoLexicon.js";

// Invented sentences annotated by hand in UD English EWT style, one block per sent_id.
const fixture = readFileSync(new URL("./fixtures/events.conllu", import.meta.url), "utf8");
const blocks = new Map<string, string>();
for (const block of fixture.split(/\n\s*\n/)) {
  const id = /# sent_id = (\S+)/.exec(block)?.[1];
  if (id) blocks.set(id, block);
}

function sentence(id: string): Doc {
  const block = blocks.get(id);
  if (!block) throw new Error(`no fixture sentence ${id}`);
  return docFromConllu(block);
}

/** The match for the first token with this form in the fixture sentence, with the target as a word. */
function matchWord(id: string, word: string) {
  const doc = sentence(id);
  const i = doc.words.indexOf(word);
  if (i < 0) throw new Error(`no "${word}" in ${id}`);
  const m = loadCameoLexicon().match(doc, i);
  return m && { ...m, targetWord: m.target !== undefined ? doc.words[m.target] : undefined };
}

describe("loadCameoLexicon", () => {
  it("loads the committed data once", () => {
    const lex = loadCameoLexicon();
    expect(loadCameoLexicon()).toBe(lex);
    expect(lex.verbCount).toBeGreaterThan(1500);
    expect(lex.patternCount).toBeGreaterThan(9000);
    expect(lex.has("arrest")).toBe(true);
    expect(lex.has("Arrest")).toBe(true);
    expect(lex.has("banana")).toBe(false);
  });

  it("maps every CAMEO root to an ontology category", () => {
    const roots = readCameoCategories();
    const lex = loadCameoLexicon();
    for (let r = 1; r <= 20; r++) {
      const root = String(r).padStart(2, "0");
      expect(RELATION_CATEGORIES).toContain(roots[root]);
      expect(lex.categoryOf(`${root}0`)).toBe(roots[root]);
    }
    expect(lex.categoryOf("0841")).toBe("COERCION");
    // Root 08 (yield) is cooperation; only its release of persons or property (084) is COERCION.
    expect(lex.categoryOf("080")).toBe("SUPPORT");
    expect(lex.categoryOf("084")).toBe("COERCION");
    expect(lex.categoryOf("173")).toBe("COERCION");
    expect(lex.categoryOf("154")).toBe("ANNOUNCEMENT");
    expect(lex.categoryOf("090")).toBe("OPPOSITION");
    expect(lex.categoryOf("---")).toBeUndefined();
  });
});

describe("match: coercion", () => {
  it("arrest: the verb's default code, the object as target", () => {
    expect(matchWord("arrest", "arrested")).toMatchObject({
      code: "173",
      category: "COERCION",
      label: "arrested",
      targetWord: "suspects",
    });
  });

  it("detain in the passive: the passive subject is the target, the agent's preposition stays out of the label", () => {
    const m = matchWord("detain-passive", "detained");
    expect(m).toMatchObject({ category: "COERCION", label: "detained", targetWord: "journalist" });
    expect(m?.code).toMatch(/^17/);
  });

  it("a longer pattern wins over the default: arrested in connection with", () => {
    expect(matchWord("arrest-in-connection", "arrested")).toMatchObject({
      code: "173",
      category: "COERCION",
      pattern: "* + IN CONNECTION WITH",
      label: "arrested in connection with",
      targetWord: "suspects",
    });
  });

  it("release (root 08) is COERCION, with the dictionary's finer code", () => {
    expect(matchWord("release", "released")).toMatchObject({
      code: "0841",
      category: "COERCION",
      targetWord: "hostages",
    });
  });
});

describe("match: violence", () => {
  it("attack", () => {
    const m = matchWord("attack", "attacked");
    expect(m).toMatchObject({ category: "VIOLENCE", targetWord: "village" });
    expect(m?.code).toMatch(/^1[89]/);
  });

  it("particle verb: blew up", () => {
    const m = matchWord("blow-up", "blew");
    expect(m).toMatchObject({ category: "VIOLENCE", label: "blew up", targetWord: "bridge" });
    expect(m?.code).toMatch(/^1[89]/);
  });

  it("carried out an attack on X: the particle verb's event noun and its oblique", () => {
    expect(matchWord("carry-out-attack", "carried")).toMatchObject({
      category: "VIOLENCE",
      label: "carried out an attack on",
      targetWord: "station",
    });
  });

  it("mounted an attack on X", () => {
    const m = matchWord("mount-attack", "mounted");
    expect(m).toMatchObject({ category: "VIOLENCE", label: "mounted an attack on", targetWord: "offices" });
    expect(m?.code).toMatch(/^1[89]/);
  });

  it("kill; an event noun without an argument is no event", () => {
    expect(matchWord("noun-attack", "killed")).toMatchObject({ category: "VIOLENCE", targetWord: "people" });
    expect(matchWord("noun-attack", "attack")).toBeUndefined();
  });
});

describe("match: nominal predicates", () => {
  it("an event noun with its argument: the arrest of X, the killing of X", () => {
    expect(matchWord("nominal-arrest", "arrest")).toMatchObject({
      code: "173",
      category: "COERCION",
      label: "arrest of",
      pattern: "ARREST OF +",
      targetWord: "activists",
    });
    // The dictionary reads condemning X's arrest as support for X (051), not opposition.
    expect(matchWord("nominal-arrest", "condemned")).toMatchObject({
      code: "051",
      category: "SUPPORT",
      label: "condemned the arrest of",
      pattern: "* ARREST OF +",
      targetWord: "activists",
    });
    expect(matchWord("nominal-killing", "killing")).toMatchObject({
      category: "VIOLENCE",
      label: "killing of",
      targetWord: "villagers",
    });
    expect(matchWord("nominal-invasion", "invasion")).toMatchObject({
      category: "VIOLENCE",
      label: "invasion of",
      targetWord: "island",
    });
    // In the passive the pattern's object is the passive subject: "the killing of X was condemned".
    expect(matchWord("nominal-killing", "condemned")).toMatchObject({
      code: "111",
      category: "OPPOSITION",
      pattern: "* KILLING OF +",
      label: "condemned the killing of",
      targetWord: "villagers",
    });
  });
});

describe("verbsOfNoun", () => {
  it("proposes the verbs an event noun comes from", () => {
    expect(verbsOfNoun("invasion")).toContain("invade");
    expect(verbsOfNoun("condemnation")).toContain("condemn");
    expect(verbsOfNoun("execution")).toContain("execute");
    expect(verbsOfNoun("seizure")).toContain("seize");
    expect(verbsOfNoun("government")).toEqual([]);
    expect(verbsOfNoun("criticism")).toContain("criticize");
    expect(verbsOfNoun("shelling")).toContain("shell");
    expect(verbsOfNoun("stabbing")).toContain("stab");
    expect(verbsOfNoun("war")).toEqual([]);
  });
});

describe("match: support and opposition", () => {
  it("praise", () => {
    expect(matchWord("praise", "praised")).toMatchObject({ code: "051", category: "SUPPORT", targetWord: "workers" });
  });

  it("criticize and condemn", () => {
    expect(matchWord("criticize", "criticized")).toMatchObject({
      code: "111",
      category: "OPPOSITION",
      targetWord: "government",
    });
    const m = matchWord("condemn", "condemned");
    expect(m).toMatchObject({ category: "OPPOSITION", label: "condemned" });
    expect(m?.code).toMatch(/^11/);
  });

  it("signed an agreement with X: cooperation (05x), the oblique's noun as target", () => {
    expect(matchWord("sign-agreement-with", "signed")).toMatchObject({
      code: "057",
      category: "SUPPORT",
      label: "signed an agreement with",
      pattern: "% * &TREATY WITH +",
      targetWord: "union",
    });
  });

  it("signed a defence pact: cooperation, the object in the label", () => {
    const m = matchWord("sign-pact", "signed");
    expect(m).toMatchObject({ category: "SUPPORT", label: "signed a defence pact" });
    expect(m?.code).toMatch(/^0[56]/);
  });

  it("investigate (root 09) is OPPOSITION", () => {
    expect(matchWord("investigate", "investigating")).toMatchObject({
      code: "090",
      category: "OPPOSITION",
      targetWord: "company",
    });
  });
});

describe("match: statements and non-events", () => {
  it("say", () => {
    expect(matchWord("say", "said")).toEqual({
      code: "010",
      category: "STATEMENT",
      label: "said",
      pattern: "*",
      targetWord: undefined,
    });
  });

  it("met with X: consult (04) is STATEMENT", () => {
    const m = matchWord("met-with", "met");
    expect(m).toMatchObject({ category: "STATEMENT", label: "met with", targetWord: "leaders" });
    expect(m?.code).toMatch(/^04/);
  });

  it("a pattern coded --- is no event: the crew abandoned the ship", () => {
    expect(matchWord("abandon-ship", "abandoned")).toBeUndefined();
  });

  it("a verb with no code and no pattern is no event", () => {
    expect(matchWord("close-in-on", "closed")).toBeUndefined();
  });

  it("a particle no pattern takes makes another verb: shelled out is no attack", () => {
    expect(matchWord("shell-out", "shelled")).toBeUndefined();
  });

  it("only light verbs pass the event to their object noun", () => {
    expect(matchWord("want-fight", "wanted")).toBeUndefined();
    expect(matchWord("mount-attack", "mounted")).toMatchObject({ category: "VIOLENCE" });
    // The dictionary's own phrase wins over the light-verb reading: ordering an arrest is a demand (100).
    expect(matchWord("order-arrest", "ordered")).toMatchObject({
      code: "100",
      category: "OPPOSITION",
      pattern: "* ARREST OF +",
      label: "ordered the arrest of",
      targetWord: "mayor",
    });
  });

  it("bad indices and tokens without a lemma", () => {
    const lex = loadCameoLexicon();
    const doc = sentence("say");
    expect(lex.match(doc, -1)).toBeUndefined();
    expect(lex.match(doc, doc.length)).toBeUndefined();
    expect(lex.match(doc, 0)).toBeUndefined();
    // Without a lemmatizer the dictionary's inflected forms still find the verb.
    const i = doc.words.indexOf("said");
    doc.lemma[i] = "";
    expect(lex.match(doc, i)).toMatchObject({ code: "010", category: "STATEMENT" });
  });
});

describe("compileCameoDictionary", () => {
  // A small dictionary in the PETRARCH format, written for this test.
  const dictionary = [
    "&VESSEL",
    "+BOAT",
    "+FISHING_VESSEL",
    "",
    "&PREP_",
    "+AGAINST",
    "+ON",
    "",
    "--- SEIZE [171] ---",
    "SEIZE",
    "GRAB {GRABS GRABBED GRABBING}",
    "NAB [173]",
    "+HAUL_OFF {+HAULED_OFF}",
    "- * &VESSEL [1711] # SEIZE",
    "- * + INTO CUSTODY [173] # NAB",
    "- $ * + [172] # GRAB <xx 1 Jan 2000>",
    "- * + AND KEPT [173]",
    "- SAID * THINGS [---]",
    "- WILL * BOAT [036:036]",
    "",
    "--- STRIKE [190] ---",
    "STRIKE {STRUCK STRIKING}",
    "- * &PREP + [190]",
    "",
  ].join("\n");
  const lex = compileCameoDictionary(dictionary);

  it("reads synsets, blocks, verb codes, forms and multi-word verbs", () => {
    expect(lex.synsets.VESSEL).toEqual(["boat", "fishing vessel"]);
    const verbs = new Map(lex.verbs.map((v) => [v.lemma, v]));
    expect(verbs.get("seize")).toMatchObject({ code: "171", blocks: ["SEIZE"] });
    expect(verbs.get("nab")).toMatchObject({ code: "173" });
    expect(verbs.get("grab")?.forms).toEqual(["grabbed", "grabbing", "grabs"]);
    expect(verbs.get("haul")?.patterns[0]).toMatchObject({ c: "171", p: "* OFF", prt: "off" });
    expect(verbs.get("strike")?.forms).toEqual(["striking", "struck"]);
  });

  it("compiles patterns into dependency constraints and counts what it leaves out", () => {
    const seize = lex.blocks.find((b) => b.block === "SEIZE")?.patterns ?? [];
    expect(seize.find((p) => p.c === "1711")).toMatchObject({ obj: { h: "&VESSEL" } });
    expect(seize.find((p) => p.c === "173")).toMatchObject({
      obj: { h: "+" },
      obl: [{ case: ["into"], np: { h: "custody" } }],
    });
    // A pattern of slots only applies to the verb its comment names.
    expect(seize.find((p) => p.c === "172")).toMatchObject({ obj: { h: "+" }, v: ["grab"] });
    // Paired codes keep the first; modals stay as constraints.
    expect(seize.find((p) => p.c === "036")).toMatchObject({ aux: ["will"], obj: { h: "boat" } });
    const strike = lex.blocks.find((b) => b.block === "STRIKE")?.patterns ?? [];
    expect(strike[0]).toMatchObject({ obl: [{ case: ["against", "on"], np: { h: "+" } }] });
    expect(lex.stats.dropped).toEqual({
      "coordination after the verb": 1,
      "reported-speech frame before the verb": 1,
    });
    expect(lex.stats).toMatchObject({ blocks: 2, dictionaryPatterns: 7, patternsLoaded: 5 });
  });

  it("the matcher reads the compiled data", () => {
    const small = createCameoLexicon(serializeLexicon(lex, "test"), readCameoCategories());
    const parse = (verb: string, lemma: string, object: string[]): Doc =>
      docFromConllu(
        [
          "1\tGuards\tguard\tNOUN\tNNS\t_\t2\tnsubj\t_\t_",
          `2\t${verb}\t${lemma}\tVERB\tVBD\t_\t0\troot\t_\t_`,
          "3\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_",
          `4\t${object[0]}\t${object[0]}\tNOUN\tNN\t_\t5\tcompound\t_\t_`,
          `5\t${object[1]}\t${object[1]}\tNOUN\tNN\t_\t2\tobj\t_\t_`,
        ].join("\n"),
      );
    expect(small.match(parse("seized", "seize", ["fishing", "vessel"]), 1)).toMatchObject({
      code: "1711",
      category: "COERCION",
      label: "seized a fishing vessel",
      target: 4,
    });
    expect(small.match(parse("seized", "seize", ["delivery", "van"]), 1)).toMatchObject({ code: "171", pattern: "*" });
    expect(small.match(parse("grabbed", "grab", ["delivery", "van"]), 1)).toMatchObject({
      code: "172",
      pattern: "$ * +",
      target: 4,
    });
  });
});
