import { describe, expect, it } from "vitest";
import { UPOS_TAGS } from "./doc.js";
import { headlineForms } from "./headlineForms.js";

const bit = (tag: string): number => 1 << UPOS_TAGS.indexOf(tag as (typeof UPOS_TAGS)[number]);
const classes: Record<string, number> = {
  arrest: bit("NOUN") | bit("VERB"),
  two: bit("NUM"),
  men: bit("NOUN"),
  after: bit("ADP") | bit("SCONJ"),
  shooting: bit("NOUN") | bit("VERB"),
  in: bit("ADP"),
  march: bit("NOUN") | bit("PROPN") | bit("VERB"),
  storm: bit("NOUN"),
};
const classOf = (w: string): number => classes[w.toLowerCase()] ?? 0;

describe("headlineForms", () => {
  it("lowercases the common words of a title-case headline, keeping names and the first word", () => {
    const words = "Police Arrest Two Men After Shooting in Brackenridge".split(" ");
    expect(headlineForms(words, classOf)).toEqual("Police arrest two men after shooting in Brackenridge".split(" "));
    // A word the treebank also has as a proper noun keeps its capital.
    expect(headlineForms("Storm Men March After Shooting".split(" "), classOf)).toEqual(
      "Storm men March after shooting".split(" "),
    );
  });

  it("leaves running text and short capitalized phrases untouched", () => {
    const running = "Two men were arrested after the shooting in Brackenridge .".split(" ");
    expect(headlineForms(running, classOf)).toBe(running);
    const short = "Arrest Two".split(" ");
    expect(headlineForms(short, classOf)).toBe(short);
  });
});
