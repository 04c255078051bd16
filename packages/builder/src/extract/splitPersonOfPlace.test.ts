import { describe, expect, it } from "vitest";
import { splitPersonOfPlace } from "./splitPersonOfPlace.js";

const words = (s: string): string[] => s.split(" ");

describe("splitPersonOfPlace", () => {
  it("splits a person's name from the place in the 'of' phrase the tagger ran into it", () => {
    const w = words("Brenna Skoll of Varnhold told the hearing she objected .");
    expect(splitPersonOfPlace([{ i: 0, j: 4, label: "PER" }], w)).toEqual([
      { i: 0, j: 2, label: "PER" },
      { i: 3, j: 4, label: "LOC" },
    ]);
  });

  it("gives an 'of' phrase ending like an organisation's name that type, without its article", () => {
    const w = words("Osric Tallen of the Varnsk Trade Council spoke first .");
    expect(splitPersonOfPlace([{ i: 0, j: 7, label: "PER" }], w)).toEqual([
      { i: 0, j: 2, label: "PER" },
      { i: 4, j: 7, label: "ORG" },
    ]);
  });

  it("keeps a title's 'of' phrase in the span, to the title stripping that follows", () => {
    const spans = [{ i: 0, j: 6, label: "PER" }];
    expect(splitPersonOfPlace(spans, words("Deputy Secretary of State Ivo Tamm said"))).toEqual(spans);
  });

  it("keeps one-word names before 'of', an organisation's name mistagged as a person, other types and spans without an inner 'of'", () => {
    const w = words("Edric of Tollen met Varnsk University of Porvik and Brenna Skoll .");
    const spans = [
      { i: 0, j: 3, label: "PER" },
      { i: 4, j: 8, label: "PER" },
      { i: 9, j: 11, label: "PER" },
    ];
    expect(splitPersonOfPlace(spans, w)).toEqual(spans);
  });
});
