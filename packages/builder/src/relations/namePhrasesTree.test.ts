// The name-phrase repairs keep the parse a tree: re-heading a name on its last word must take an attachment
// outside the name's own subtree (the parse may hang a title on the name and the name's first word on the title).
import { describe, expect, it } from "vitest";
import { docFromConllu } from "../nlp/docFromConllu.js";
import type { Doc } from "../nlp/doc.js";
import { normalizeNamePhrases } from "./namePhrases.js";

function isTree(doc: Doc): boolean {
  for (let i = 0; i < doc.length; i++) {
    let k = i;
    for (let steps = 0; k >= 0; steps++) {
      if (steps > doc.length) return false;
      k = doc.head[k] ?? -1;
    }
  }
  return true;
}

describe("name-phrase repairs on a malformed parse", () => {
  it("re-head a name on the attachment outside it when its first word hangs on a title that hangs on the name", () => {
    // "Porvik 's economics spokesman Ana Soto said ." with "Ana" on "spokesman" and "spokesman" on "Soto".
    const doc = docFromConllu(
      [
        "1\tPorvik\tPorvik\tPROPN\t_\t_\t4\tnmod:poss\t_\t_",
        "2\t's\t's\tPART\t_\t_\t1\tcase\t_\t_",
        "3\teconomics\teconomics\tNOUN\t_\t_\t4\tcompound\t_\t_",
        "4\tspokesman\tspokesman\tNOUN\t_\t_\t6\tcompound\t_\t_",
        "5\tAna\tAna\tPROPN\t_\t_\t4\tflat\t_\t_",
        "6\tSoto\tSoto\tPROPN\t_\t_\t7\tnsubj\t_\t_",
        "7\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_",
        "8\t.\t.\tPUNCT\t_\t_\t7\tpunct\t_\t_",
      ].join("\n"),
    );
    normalizeNamePhrases(doc, [{ start: 4, end: 6, entity: 0, type: "PERSON" }], new Set(["spokesman"]));
    expect(isTree(doc)).toBe(true);
    expect(doc.head[5]).toBe(6);
  });
});
