// Two places the parse joined as an apposition although a conjunction stands between them ("provinces like X and
// Y" read as "X, Y"): a list, not a place and its container. On a hand-made UD parse of an invented sentence with
// that misparse (fixtures/placeListApposition.conllu).
import { describe, expect, it } from "vitest";
import { relationsOfFixture as relationsOf } from "./fixtures/relationsOfFixture.js";

describe("a place apposed with a conjunction", () => {
  it("is an item of a list, not the larger place", () => {
    const r = relationsOf("placeListApposition", [
      ["Porvik", "LOCATION"],
      ["West Varnsk", "LOCATION"],
    ]);
    expect(r).not.toContain("Porvik -LOCATION-> West Varnsk");
  });
});
