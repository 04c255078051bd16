// A stance noun's possessor (nominalFrame), on the builder's UD parses of invented sentences
// (fixtures/fellowStance.conllu): "X's critics" stand against X; "X's fellow critics" count X among them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import { nominalFrame } from "./predicates.js";

const doc = docFromConllu(readFileSync(join(import.meta.dirname, "fixtures/fellowStance.conllu"), "utf8"));
const critics = [...Array(doc.length).keys()].filter((t) => doc.lowerWord(t) === "critics");

describe("a stance noun's possessor", () => {
  it("is the one the stance is toward", () => {
    const frame = nominalFrame(doc, critics[1]!);
    expect(frame.patients.map((t) => doc.words[t])).toEqual(["Tomas"]);
  });

  it("is one of them, neither target nor actor, with 'fellow'", () => {
    const frame = nominalFrame(doc, critics[0]!);
    expect(frame.patients).toEqual([]);
    expect(frame.agents).toEqual([]);
  });
});
