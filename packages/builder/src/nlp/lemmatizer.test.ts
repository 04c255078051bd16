import { describe, expect, it } from "vitest";
import { Lemmatizer, regularVerbStems, silentEBase, trainLemmatizer } from "./lemmatizer.js";
import { loadDependencyParser } from "./loadDependencyParser.js";

// A tiny lemmatizer whose one "-ided" script is right for "decided" but strips an unseen "raided" to "raide".
const small = new Lemmatizer({
  vocabulary: [
    ["VERB\tdecided", "decide"],
    ["VERB\traid", "raid"],
    ["NOUN\tguide", "guide"],
  ],
  suffixScripts: [
    ["VERB\tided", "1|"],
    ["VERB\tded", "1|"],
    ["VERB\tnew", "2|ow"],
    ["NOUN\tded", "1|"],
  ],
  irregular: [["fled", "flee"]],
});

describe("Lemmatizer", () => {
  it("repairs a suffix script's output that is no known verb with the form's regular stem", () => {
    expect(small.lemmatize("raided", "VERB")).toBe("raid");
    expect(small.lemmatize("Raided", "VERB")).toBe("raid");
  });

  it("keeps the script's output when it is a known verb, or when no stem is known either", () => {
    expect(small.lemmatize("decided", "VERB")).toBe("decide");
    expect(small.lemmatize("glided", "VERB")).toBe("glide");
    expect(small.lemmatize("fled", "VERB")).toBe("flee");
  });

  it("never learns an e-mail address as a word's lemma from the training data", () => {
    const sentence = (word: string, lemma: string) => ({ words: [word], upos: ["PROPN"], lemma: [lemma] });
    const mail = new Lemmatizer(
      trainLemmatizer([
        sentence("Mirel", "MirelVosk@EXAMPLECORP"),
        sentence("Mirel", "MirelVosk@EXAMPLECORP"),
        sentence("Mirel", "Mirel"),
        sentence("Tovan", "TovanR@EXAMPLECORP"),
        sentence("tovan.r@examplecorp.com", "tovan.r@examplecorp.com"),
      ]),
    );
    expect(mail.lemmatize("Mirel", "PROPN")).toBe("Mirel");
    expect(mail.lemmatize("Tovan", "PROPN")).toBe("Tovan");
    expect(mail.lemmatize("tovan.r@examplecorp.com", "PROPN")).toBe("tovan.r@examplecorp.com");
  });

  it("leaves an unseen verb without a regular ending as it is, whatever an irregular past's script says", () => {
    expect(small.lemmatize("renew", "VERB")).toBe("renew");
    expect(small.lemmatize("Renew", "VERB")).toBe("renew");
  });

  it("repairs verbs only", () => {
    expect(small.lemmatize("raided", "NOUN")).toBe("raide");
  });

  it("lists the regular stems of an inflected form", () => {
    expect(regularVerbStems("quizzed")).toContain("quiz");
    expect(regularVerbStems("carried")).toContain("carry");
    expect(regularVerbStems("raiding")).toEqual(["raid", "raide"]);
  });

  it("restores a silent e only after one vowel and one consonant in one syllable", () => {
    expect(silentEBase("graded")).toBe("grade");
    expect(silentEBase("shading")).toBe("shade");
    for (const form of ["raided", "stopped", "visited", "fixed", "played", "bombed", "said"])
      expect(silentEBase(form)).toBeUndefined();
  });

  it("gives the shipped model's lemmatizer the repair", () => {
    const graded = loadDependencyParser().analyze(["Teachers", "graded", "the", "papers", "."]);
    expect(graded.lemma[1]).toBe("grade");
    const r = loadDependencyParser().analyze(["Police", "raided", "two", "offices", "."]);
    expect(r.upos[1]).toBe("VERB");
    expect(r.lemma[1]).toBe("raid");
  });
});
